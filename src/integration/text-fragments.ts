/**
 * Checks that a link's text fragment (`#section:~:text=start,end`) lands where it should: on the
 * article's own words, inside the cited section, and not on a copy of them elsewhere on the page
 * (a summary table above the article, say). Browsers highlight the first match in the page's
 * visible text, case-insensitively; this reads the built HTML the same way. Pure: HTML in.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readTextDirective } from '../evidence/citation.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A page's visible text, as one string, with what each stretch of it belongs to. */
export interface SearchableText {
  /** The text, whitespace collapsed. */
  text: string;
  /** Stretches of `text` that are the article's own prose, as [start, end) offsets. */
  prose: [number, number][];
  /** Where each element id starts in `text`. */
  ids: Map<string, number>;
}

const classesOf = (element: Element) =>
  new Set((element.attrs.find(({ name }) => name === 'class')?.value ?? '').split(/\s+/));
const has = (element: Element, name: string) => element.attrs.some((attr) => attr.name === name);

// Page furniture around an article's prose: a match there is not the article's own words.
const NOT_PROSE = ['at-a-glance', 'source-box', 'diagram', 'starlight-aside', 'evidence'];

/** Reads the text a browser would search for a text fragment, in document order. */
export function readSearchableText(html: string): SearchableText {
  let text = '';
  const prose: [number, number][] = [];
  const ids = new Map<string, number>();
  const append = (value: string, isProse: boolean) => {
    const chunk = value.replace(/\s+/g, ' ');
    if (!chunk.trim()) {
      if (!text.endsWith(' ')) text += ' ';
      return;
    }
    const start = text.length;
    text += chunk;
    if (isProse) prose.push([start, text.length]);
  };
  const visit = (node: Node, inContent: boolean, inFurniture: boolean) => {
    if (node.nodeName === '#text' && 'value' in node) {
      append(node.value, inContent && !inFurniture);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) node.childNodes.forEach((child) => visit(child, inContent, inFurniture));
      return;
    }
    if (['script', 'style', 'template', 'head'].includes(node.tagName) || has(node, 'hidden')) return;
    const id = node.attrs.find(({ name }) => name === 'id')?.value;
    if (id && !ids.has(id)) ids.set(id, text.length);
    const classes = classesOf(node);
    // A closed details shows only its summary; the site hides the rest from the page's text.
    const children =
      node.tagName === 'details' && !has(node, 'open')
        ? node.childNodes.filter((child) => 'tagName' in child && child.tagName === 'summary')
        : node.childNodes;
    const content = inContent || classes.has('sl-markdown-content');
    const furniture = inFurniture || NOT_PROSE.some((name) => classes.has(name));
    if (!/^(a|span|q|em|strong|b|i|code|abbr|time|mark|small|sup|sub|tspan)$/.test(node.tagName))
      append(' ', false);
    children.forEach((child) => visit(child, content, furniture));
  };
  visit(parse(html), false, false);
  return { text, prose, ids };
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds the first whole-word, case-insensitive occurrence of a term, from an offset. */
function findTerm(text: string, term: string, from = 0): number {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(term.replace(/\s+/g, ' ').trim())}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  const match = pattern.exec(text.slice(from));
  return match ? from + match.index : -1;
}

/**
 * Explains why a link's text fragment would not land on the article's words in the cited section
 * of a page, or returns `undefined` when it would.
 */
export function findFragmentProblem(hash: string, page: SearchableText): string | undefined {
  const terms = readTextDirective(hash);
  if (terms.length === 0) return undefined;
  const [start = '', end] = terms;
  const at = findTerm(page.text, start);
  if (at === -1) return `its text fragment «${start}» is not on the page`;
  if (!page.prose.some(([from, to]) => at >= from && at < to)) {
    return `its text fragment «${start}» first matches outside the article's own text`;
  }
  const section = decodeURIComponent(hash.slice(1).split(':~:')[0] ?? '');
  const sectionStart = section ? page.ids.get(section) : undefined;
  if (section && (sectionStart === undefined || at < sectionStart)) {
    return `its text fragment «${start}» first matches before the section #${section}`;
  }
  if (end !== undefined && findTerm(page.text, end, at + start.length) === -1) {
    return `its text fragment ends with «${end}», which does not follow «${start}»`;
  }
  return undefined;
}
