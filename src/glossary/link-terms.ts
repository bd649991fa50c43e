/**
 * Links the first use of each glossary term on a page to its entry. Pure: the page's rendered
 * HTML and the terms' words in, the same HTML with a link around each first use out. The HTML is
 * only ever added to, never re-serialised, so everything else stays byte for byte as rendered.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** A term, by its anchor, and the words that name it on the page's language. */
export interface TermWords {
  id: string;
  words: readonly string[];
}

/** A stretch of the page's text where a term may be linked, by its offsets in the HTML. */
export interface TextRun {
  start: number;
  text: string;
}

/** A link to add: where it goes in the HTML, and the term it links to. */
export interface TermLink {
  start: number;
  end: number;
  id: string;
}

// Text that is already a link or a control, a heading, a quotation of the articles (its words are
// theirs), a label of the site's own, or hidden: no term link there.
const SKIPPED_TAGS = new Set([
  'a',
  'button',
  'summary',
  'label',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'q',
  'script',
  'style',
  'template',
  'svg',
  'caption',
  'figcaption',
]);
const SKIPPED_CLASSES = ['evidence', 'statement-label', 'sr-only'];

/** Lists the stretches of text of an HTML fragment where a term may be linked, in document order. */
export function findTextRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      const location = node.sourceCodeLocation;
      if (location)
        runs.push({
          start: location.startOffset,
          text: html.slice(location.startOffset, location.endOffset),
        });
      return;
    }
    if ('tagName' in node) {
      if (SKIPPED_TAGS.has(node.tagName)) return;
      const attrs = new Map(node.attrs.map(({ name, value }) => [name, value]));
      if (attrs.has('hidden')) return;
      const classes = (attrs.get('class') ?? '').split(/\s+/);
      if (SKIPPED_CLASSES.some((name) => classes.includes(name))) return;
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html, { sourceCodeLocationInfo: true }));
  return runs;
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Plans the links: for each term, its first use in the text, by any of its words as a whole
 * word, ignoring case; where two uses overlap, the one that starts first (or is longer) wins.
 */
export function planTermLinks(runs: readonly TextRun[], terms: readonly TermWords[]): TermLink[] {
  const candidates: TermLink[] = [];
  for (const { id, words } of terms) {
    for (const word of words) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'giu');
      for (const { start, text } of runs) {
        for (const match of text.matchAll(pattern)) {
          candidates.push({ start: start + match.index, end: start + match.index + match[0].length, id });
        }
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const linked = new Set<string>();
  const links: TermLink[] = [];
  for (const candidate of candidates) {
    if (
      linked.has(candidate.id) ||
      links.some((link) => candidate.start < link.end && link.start < candidate.end)
    )
      continue;
    linked.add(candidate.id);
    links.push(candidate);
  }
  return links;
}

/** Wraps the first use of each term of an HTML fragment in a link to its glossary entry. */
export function linkFirstUses(
  html: string,
  terms: readonly TermWords[],
  hrefOf: (id: string) => string,
): string {
  const links = planTermLinks(findTextRuns(html), terms);
  let result = html;
  for (const { start, end, id } of [...links].sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, start)}<a class="glossary-link" href="${hrefOf(id)}">${result.slice(start, end)}</a>${result.slice(end)}`;
  }
  return result;
}

/** A term's first use among some texts: which text, the term, and the words as written there. */
export interface FirstUse {
  text: number;
  id: string;
  words: string;
}

/**
 * Finds the first use of each term among plain texts read in order (a quiz's questions), with the
 * same rule as a page's links: by any of its words as a whole word, ignoring case.
 */
export function findFirstUses(texts: readonly string[], terms: readonly TermWords[]): FirstUse[] {
  let start = 0;
  const runs = texts.map((text) => {
    const run = { start, text };
    // A line break between two texts, so that no term runs from one into the next.
    start += text.length + 1;
    return run;
  });
  return planTermLinks(runs, terms).map((link) => {
    const index = runs.findLastIndex((run) => run.start <= link.start);
    const run = runs[index] ?? { start: 0, text: '' };
    return { text: index, id: link.id, words: run.text.slice(link.start - run.start, link.end - run.start) };
  });
}

/** The words that name each glossary term in one language: its name, and the other forms the site uses. */
export function listTermWords(
  terms: readonly {
    id: string;
    term: Readonly<Record<string, string>>;
    forms?: Readonly<Record<string, readonly string[]>> | undefined;
  }[],
  lang: string,
): TermWords[] {
  return terms.map(({ id, term, forms }) => ({
    id,
    words: [term[lang] ?? '', ...(forms?.[lang] ?? [])].filter(Boolean),
  }));
}
