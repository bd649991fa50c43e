/**
 * The theme without JavaScript. Starlight picks light or dark with an inline script that sets
 * `data-theme` on the root, and renders `data-theme="dark"` on the server in case it does not run:
 * without scripts every page was dark, whatever the system's setting. The build takes that
 * attribute off the pages (the script still sets it before the first paint), and this PostCSS
 * step gives every rule written for one theme a twin that applies when the root has no
 * `data-theme` and the system prefers that scheme: a page without JavaScript follows
 * `prefers-color-scheme` as Starlight's script does.
 */
import type { AtRule, Plugin, Rule } from 'postcss';

/** The colour schemes a rule can be written for. */
export type Scheme = 'light' | 'dark';

const THEME_ATTRIBUTE = /(:root|html)?\[data-theme=(['"]?)(light|dark)\2\]/g;

/**
 * Rewrites one selector written for a theme (`:root[data-theme='light']`, `[data-theme='dark'] .x`)
 * into the same selector for a root without a theme, with the scheme it was written for; `undefined`
 * for a selector of no theme, or of both.
 */
export function rewriteForNoScript(selector: string): { scheme: Scheme; selector: string } | undefined {
  const schemes = new Set([...selector.matchAll(THEME_ATTRIBUTE)].map((match) => match[3] as Scheme));
  const [scheme] = schemes;
  if (!scheme || schemes.size > 1) return undefined;
  return {
    scheme,
    selector: selector.replace(
      THEME_ATTRIBUTE,
      (_match, root: string | undefined) => `${root ?? ':root'}:not([data-theme])`,
    ),
  };
}

/** Groups a rule's selectors by the scheme they were written for, rewritten for a root without one. */
export function groupForNoScript(selectors: readonly string[]): Map<Scheme, string[]> {
  const groups = new Map<Scheme, string[]>();
  for (const selector of selectors) {
    const rewritten = rewriteForNoScript(selector);
    if (rewritten)
      groups.set(rewritten.scheme, [...(groups.get(rewritten.scheme) ?? []), rewritten.selector]);
  }
  return groups;
}

/** The PostCSS plugin: after each themed rule, its twin inside `@media (prefers-color-scheme: …)`. */
export function noScriptThemePlugin(): Plugin {
  return {
    postcssPlugin: 'cso-vs-cro-no-script-theme',
    Rule(rule: Rule, { AtRule: AtRuleNode }) {
      // A twin is already inside its media query, and keyframes have no selectors to rewrite.
      const parent = rule.parent as AtRule | undefined;
      if (parent?.type === 'atrule' && /keyframes$/.test(parent.name)) return;
      let after: Rule | AtRule = rule;
      for (const [scheme, selectors] of groupForNoScript(rule.selectors)) {
        const media = new AtRuleNode({ name: 'media', params: `(prefers-color-scheme: ${scheme})` });
        media.append(rule.clone({ selectors }));
        after.after(media);
        after = media;
      }
    },
  };
}

/** Takes the server's `data-theme="dark"` off a page's root: only the theme script sets it. */
export function removeServerTheme(html: string): string {
  return html.replace(/(<html\b[^>]*?)\sdata-theme="dark"/i, '$1');
}
