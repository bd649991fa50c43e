/**
 * The text of each section of a source article, read from its MDX page, so that a quoted citation
 * can be checked against the words the article really has in that section. Pure: source in, text
 * out. Page furniture is left out: imports, components, and the site's editorial notes, which are
 * not the article's words.
 */
import { parseHeadings } from '../site/headings.ts';

/** The pseudo-section of an article's opening, before its first heading (Starlight's `#_top`). */
export const OPENING = '_top';

/** Section text by anchor: each section holds its own text and that of its subsections. */
export type SectionTexts = ReadonlyMap<string, string>;

const TYPOGRAPHIC = [
  [/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"'],
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u00a0\u202f\u2009]/g, ' '],
] as const;

/**
 * Makes two texts comparable as a reader would: typographic and straight quotes alike, any run of
 * whitespace one space, no space at either end.
 */
export function normalizeText(text: string): string {
  let result = text;
  for (const [pattern, replacement] of TYPOGRAPHIC) result = result.replace(pattern, replacement);
  return result.replace(/\s+/g, ' ').trim();
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*$/;
const ANCHOR = /[ \t]*\{[ \t]*#[A-Za-z0-9_-]+[ \t]*\}$/;

/** Turns one line of Markdown prose into its words, without list markers or emphasis. */
function proseOf(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2');
}

/**
 * Reads the sections of an article page: the opening (`_top`) and one section per heading that
 * declares an anchor, each with the text of the lines under it up to the next heading of the same
 * or a higher level.
 */
export function readSectionTexts(source: string): SectionTexts {
  const lines = source.split(/\r?\n/);
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    index = end === -1 ? lines.length : end + 1;
  }
  // Sections currently open, innermost last: the text of a line goes to each of them.
  const open: { id: string; depth: number; text: string[] }[] = [{ id: OPENING, depth: 1, text: [] }];
  const done: { id: string; text: string[] }[] = [];
  let inNote = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    if (inNote) {
      if (trimmed === ':::') inNote = false;
      continue;
    }
    if (trimmed.startsWith(':::')) {
      inNote = true;
      continue;
    }
    if (/^(import|export)\s/.test(trimmed) || /^<[A-Za-z][^>]*\/>$/.test(trimmed)) continue;
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      const depth = heading[1].length;
      const [headingSource] = parseHeadings(line);
      while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= depth)
        done.push(open.pop() ?? { id: '', text: [] });
      // The opening ends at the first heading, whatever its level.
      if (open[0]?.id === OPENING) done.push(open.shift() ?? { id: '', text: [] });
      const text = heading[2].replace(ANCHOR, '');
      for (const section of open) section.text.push(text);
      if (headingSource?.id) open.push({ id: headingSource.id, depth, text: [text] });
      continue;
    }
    if (trimmed === '') continue;
    for (const section of open) section.text.push(proseOf(line));
  }
  done.push(...open);
  return new Map(done.map(({ id, text }) => [id, normalizeText(text.join(' '))]));
}

/** Tells whether a quote occurs, word for word, in a section's text (both normalised). */
export function sectionContains(sectionText: string, quote: string): boolean {
  const wanted = normalizeText(quote);
  return wanted.length > 0 && normalizeText(sectionText).includes(wanted);
}
