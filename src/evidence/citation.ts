/**
 * A citation with its evidence: the passage of a source article (`article#section`) and the exact
 * words of that passage in each language. The build checks every quote against the article's
 * text; pages show the quote in place and link to it.
 */
import { articlePath, type ArticleId } from '../site/pages.ts';
import { parsePassage, type Passage } from './passage.ts';
import type { Language } from '../site/languages.ts';
import { LANGUAGES } from '../site/languages.ts';
import { OPENING, sectionContains, type SectionTexts } from './source-text.ts';

/** A quoted citation: where, and the quoted words in every language. */
export type QuotedCitation = { at: string } & Record<Language, string>;

/** The text of every section of every article, in every language: what quotes are checked against. */
export type SourceIndex = Record<Language, Record<ArticleId, SectionTexts>>;

const LANGUAGE_NAMES_EN = { es: 'Spanish', en: 'English' } as const satisfies Record<Language, string>;

/** Explains why a quoted citation does not hold, or returns `undefined` when every quote is found. */
export function findEvidenceProblem(citation: QuotedCitation, sources: SourceIndex): string | undefined {
  const place = parsePassage(citation.at);
  if (!place) return `"${citation.at}" is not of the form article#section with a known article`;
  for (const lang of LANGUAGES) {
    const text = sources[lang][place.article].get(place.section);
    if (text === undefined) {
      return `"${citation.at}": the ${LANGUAGE_NAMES_EN[lang]} page of ${place.article} has no section #${place.section}`;
    }
    if (!sectionContains(text, citation[lang])) {
      return `"${citation.at}": the ${LANGUAGE_NAMES_EN[lang]} quote «${citation[lang]}» is not in that section`;
    }
  }
  return undefined;
}

// Characters a text directive gives a meaning to, besides what encodeURIComponent escapes.
const encodeDirective = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

// Punctuation and quotation marks at either end of a quote are left out of the directive, so that
// it starts and ends on words.
const EDGE = /^[\s"'“”«»‘’.,;:…!?¿¡()-]+|[\s"'“”«»‘’.,;:…!?¿¡()-]+$/g;

/** A quote of at most this many words goes whole into a text directive. */
const WHOLE_QUOTE_WORDS = 10;
/** Of a longer quote, the directive keeps this many words at its start (enough to be unique)… */
const START_WORDS = 6;
/** …and this many at its end. */
const END_WORDS = 4;

/**
 * Builds the text directive that makes a browser scroll to and highlight a quote: the whole quote
 * when short, else its first and last words (`text=start,end`).
 */
export function buildTextDirective(quote: string): string {
  const words = quote.replace(EDGE, '').split(/\s+/).filter(Boolean);
  if (words.length <= WHOLE_QUOTE_WORDS) return `text=${encodeDirective(words.join(' '))}`;
  const start = words.slice(0, START_WORDS).join(' ');
  const end = words.slice(-END_WORDS).join(' ');
  return `text=${encodeDirective(start)},${encodeDirective(end)}`;
}

/**
 * The link to a quoted passage in one language: the section's anchor, and a text fragment that
 * highlights the quote where the browser supports it (others land on the section).
 */
export function buildQuoteHref(lang: Language, place: Passage, quote: string): string {
  const path = articlePath(lang, place.article, place.section === OPENING ? OPENING : place.section);
  return `${path}:~:${buildTextDirective(quote)}`;
}

/** Reads the terms of a text directive back, decoded: what the page must contain for it to land. */
export function readTextDirective(hash: string): string[] {
  const directive = hash.split(':~:')[1];
  if (!directive?.startsWith('text=')) return [];
  return directive
    .slice('text='.length)
    .split(',')
    .map((term) => {
      try {
        return decodeURIComponent(term);
      } catch {
        return term;
      }
    });
}
