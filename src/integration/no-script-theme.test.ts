import postcss from 'postcss';
import { expect, test } from 'vitest';
import {
  groupForNoScript,
  noScriptThemePlugin,
  removeServerTheme,
  rewriteForNoScript,
} from './no-script-theme.ts';

test.each([
  [":root[data-theme='light']", { scheme: 'light', selector: ':root:not([data-theme])' }],
  ["html[data-theme='light']", { scheme: 'light', selector: 'html:not([data-theme])' }],
  ["[data-theme='light'] ::backdrop", { scheme: 'light', selector: ':root:not([data-theme]) ::backdrop' }],
  [
    '[data-theme="dark"] .dark\\:sl-hidden',
    { scheme: 'dark', selector: ':root:not([data-theme]) .dark\\:sl-hidden' },
  ],
  [
    '[data-theme=light] a:where(.astro-x)',
    { scheme: 'light', selector: ':root:not([data-theme]) a:where(.astro-x)' },
  ],
  ['.sl-markdown-content a', undefined],
  ["[data-theme='light'] .a, [data-theme='dark'] .b", undefined],
])('rewrites %j for a page without JavaScript', (selector, expected) => {
  expect(rewriteForNoScript(selector)).toEqual(expected);
});

test('groups a rule’s selectors by scheme and leaves the others out', () => {
  expect(groupForNoScript([":root[data-theme='light']", "[data-theme='light'] ::backdrop", ':root'])).toEqual(
    new Map([['light', [':root:not([data-theme])', ':root:not([data-theme]) ::backdrop']]]),
  );
});

test('adds a twin of each themed rule under its prefers-color-scheme, inside the same layer', async () => {
  const css = `@layer base {
  :root { --bg: black; }
  :root[data-theme='light'] { --bg: white; }
  [data-theme='dark'] .light-only { display: none; }
}`;
  const { css: out } = await postcss([noScriptThemePlugin()]).process(css, { from: undefined });
  const compact = out.replace(/\s+/g, ' ');
  expect(compact).toContain(
    ":root[data-theme='light'] { --bg: white; } @media (prefers-color-scheme: light) { :root:not([data-theme]) { --bg: white; } }",
  );
  expect(compact).toContain(
    '@media (prefers-color-scheme: dark) { :root:not([data-theme]) .light-only { display: none; } } }',
  );
  expect(compact).toContain(':root { --bg: black; }');
  expect(compact.match(/@media/g)).toHaveLength(2);
});

test('takes the server’s dark theme off the root element only', () => {
  const page =
    '<!DOCTYPE html><html lang="es" dir="ltr" data-theme="dark" data-has-toc><body><p data-theme="dark"></p>';
  expect(removeServerTheme(page)).toBe(
    '<!DOCTYPE html><html lang="es" dir="ltr" data-has-toc><body><p data-theme="dark"></p>',
  );
  expect(removeServerTheme('<html lang="es"><body>')).toBe('<html lang="es"><body>');
});
