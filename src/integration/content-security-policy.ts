/**
 * The site's Content-Security-Policy: nothing but the site's own files, plus the exact inline
 * scripts, style elements and style attributes a page contains, allowed by their SHA-256 hashes
 * computed from the built HTML.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Document = DefaultTreeAdapterMap['document'];

/** The inline code of a page, as the browser sees it. */
export interface InlineCode {
  /** The text of every inline script the browser runs (not data blocks such as JSON). */
  scripts: string[];
  /** The text of every `<style>` element. */
  styles: string[];
  /** The value of every `style` attribute. */
  styleAttributes: string[];
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

function textOf(element: Element): string {
  const content = element.nodeName === 'template' ? [] : element.childNodes;
  return content.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

/** Finds the inline scripts, style elements and style attributes of an HTML document. */
export function findInlineCode(html: string): InlineCode {
  return findInlineCodeIn(parse(html));
}

/** `findInlineCode` on a document already parsed (by parse5), for a caller that reads more of it. */
export function findInlineCodeIn(document: Document): InlineCode {
  const code: InlineCode = { scripts: [], styles: [], styleAttributes: [] };
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const style = attribute(node, 'style');
      if (style !== undefined) code.styleAttributes.push(style);
      const type = (attribute(node, 'type') ?? '').trim().toLowerCase();
      if (node.tagName === 'script' && attribute(node, 'src') === undefined && SCRIPT_TYPES.has(type)) {
        code.scripts.push(textOf(node));
      }
      if (node.tagName === 'style') code.styles.push(textOf(node));
      if (node.tagName === 'template' && 'content' in node) node.content.childNodes.forEach(visit);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  return code;
}

// Most pages carry the same few inline scripts and styles: each text is hashed once per build.
const sources = new Map<string, string>();

/** The CSP source for a piece of inline code: `'sha256-…'`. */
export function hashSource(text: string): string {
  let source = sources.get(text);
  if (source === undefined) {
    source = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    sources.set(text, source);
  }
  return source;
}

const unique = (texts: readonly string[]) => [...new Set(texts.map(hashSource))].sort();

/** Where a policy is delivered: a `<meta>` element cannot carry `frame-ancestors`. */
export type PolicyDelivery = 'meta' | 'header';

/** Builds the policy that allows exactly the given inline code and the site's own files. */
export function buildPolicy(code: InlineCode, delivery: PolicyDelivery): string {
  const styleElements = ["'self'", ...unique(code.styles)].join(' ');
  const styleAttributes = code.styleAttributes.length
    ? ["'unsafe-hashes'", ...unique(code.styleAttributes)].join(' ')
    : "'none'";
  const directives = [
    "default-src 'none'",
    // Pagefind's search index is WebAssembly.
    `script-src ${["'self'", "'wasm-unsafe-eval'", ...unique(code.scripts)].join(' ')}`,
    `style-src ${styleElements}`,
    `style-src-elem ${styleElements}`,
    `style-src-attr ${styleAttributes}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

/** Merges the inline code of several pages, for one site-wide policy. */
export function mergeInlineCode(pages: readonly InlineCode[]): InlineCode {
  return {
    scripts: pages.flatMap((page) => page.scripts),
    styles: pages.flatMap((page) => page.styles),
    styleAttributes: pages.flatMap((page) => page.styleAttributes),
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Puts the policy in a `<meta http-equiv>` at the very start of `<head>`, before anything it
 * governs, and the referrer policy, when given, in a `<meta name="referrer">` after it: the two
 * protections a page carries to any host. Fails loudly on a page without a head rather than ship
 * it unprotected.
 */
export function insertPolicy(html: string, policy: string, referrerPolicy?: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('No <head> to put the Content-Security-Policy in');
  if (/http-equiv="content-security-policy"/i.test(html)) throw new Error('The page already has a policy');
  const at = head.index + head[0].length;
  if (referrerPolicy && /<meta name="referrer"/i.test(html))
    throw new Error('The page already has a referrer policy');
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">` +
    (referrerPolicy ? `<meta name="referrer" content="${escapeAttribute(referrerPolicy)}">` : '');
  // The charset must stay within the first bytes of the document, so it stays first.
  const charset = /^<meta charset="[^"]*"\s*\/?>/i.exec(html.slice(at));
  const insertAt = at + (charset ? charset[0].length : 0);
  return html.slice(0, insertAt) + meta + html.slice(insertAt);
}
