/**
 * Shapes a statement's evidence for a page in one language: each quote in that language, the name
 * of its passage and the link that lands on it. Pure: the names come in as an argument.
 */
import { parsePassage } from './passage.ts';
import type { Language } from '../site/languages.ts';
import { buildQuoteHref } from './citation.ts';
import type { PassageNames } from './passage-names.ts';
import type { Evidence } from './schema.ts';

/** One quote as a page shows it. */
export interface ShownQuote {
  /** The quoted words, in the page's language. */
  quote: string;
  /** The passage, named for a reader: `article › section`. */
  passage: string;
  /** The link to the passage, highlighting the quote. */
  href: string;
}

/** Lists the quotes of a statement's evidence in one language, in the order written. */
export function describeEvidence(evidence: Evidence, lang: Language, names: PassageNames): ShownQuote[] {
  return evidence.map((citation) => {
    const place = parsePassage(citation.at);
    if (!place) throw new Error(`Malformed citation "${citation.at}"`);
    return {
      quote: citation[lang],
      passage: `${names.article(place.article)} › ${names.section(place)}`,
      href: buildQuoteHref(lang, place, citation[lang]),
    };
  });
}

/** The distinct passages of a list of quotes, in order: what a citation marker's full name lists. */
export function listPassages(quotes: readonly ShownQuote[]): string[] {
  return [...new Set(quotes.map(({ passage }) => passage))];
}
