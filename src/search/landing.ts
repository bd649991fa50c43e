/**
 * Where a search result opens: at the section that answers the query, rather than at the top of
 * its page. Pure: Pagefind's result data and the query in, an address out.
 */

/** The part of a Pagefind sub-result (one section of a page) that the choice reads. */
export interface SectionHit {
  /** The section's address: the page's, with the section's anchor (none for the page's top). */
  url: string;
  /** The section's heading. */
  title: string;
  /** The positions, in the page's words, of the words searched for that the section holds. */
  locations: readonly number[];
}

/** The part of a Pagefind result (one page) that the choice reads. */
export interface PageHit {
  /** The page's address. */
  url: string;
  /** The page's sections that hold the words searched for, in page order. */
  sub_results?: readonly SectionHit[] | undefined;
}

/** Lower case, without accents: how the query's words are compared with a heading's. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text, folded. */
const wordsOf = (text: string) => fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];

// Words that say nothing of which section answers: function words of both languages (shorter
// ones are left out too), and the two roles' names, which head nearly every section of the site.
const UNINFORMATIVE = new Set(
  'the and for who whom does did what how with from that this are its del los las que con para por una uno unos sus como quien cual son cso cro'.split(
    ' ',
  ),
);

/**
 * How many of the query's words a heading names. Words of one or two letters ("de", "of"),
 * function words ("the", "del") and the roles' names say nothing; a word matches a heading word that starts with its
 * first letters, as a plural or another ending of it would ("ventas", "venta").
 */
export function countTitleWords(title: string, query: string): number {
  const heading = wordsOf(title);
  return wordsOf(query)
    .filter((word) => word.length > 2 && !UNINFORMATIVE.has(word))
    .filter((word) => {
      const stem = word.slice(0, Math.max(3, word.length - 2));
      return heading.some((candidate) => candidate.startsWith(stem));
    }).length;
}

/** The longest run of consecutive positions: the query's words found together, as a phrase. */
export function longestRun(locations: readonly number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((location, index) => {
    run = index > 0 && location === (sorted[index - 1] ?? NaN) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

const scoreOf = (section: SectionHit, query: string) => [
  countTitleWords(section.title, query),
  longestRun(section.locations),
  section.locations.length,
];

/**
 * Picks the section a result opens at: the one whose heading names most of the query's words,
 * then the one that holds them as the longest phrase, then the one that holds them most often
 * (the first of equals, in page order). The page itself when that section is its top.
 */
export function chooseLanding(hit: PageHit, query: string): string {
  let best: { section: SectionHit; score: number[] } | undefined;
  for (const section of hit.sub_results ?? []) {
    const score = scoreOf(section, query);
    const better = best?.score.findIndex((value, index) => value !== score[index]);
    if (
      !best ||
      (better !== undefined && better !== -1 && (score[better] ?? 0) > (best.score[better] ?? 0))
    ) {
      best = { section, score };
    }
  }
  // Starlight's `#_top` is the page's title: the top of the page.
  return best && /#(?!_top$)/.test(best.section.url) ? best.section.url : hit.url;
}

/** A Pagefind result as its UI shows it: the parts that opening it at a section changes. */
export interface ShownResult extends PageHit {
  /** The words around the matches, with `<mark>`s, shown under the result's title. */
  excerpt: string;
  /** The page's title and, when set, the address its link opens. */
  meta: { title?: string; url?: string };
  sub_results?: readonly (SectionHit & { excerpt: string })[] | undefined;
}

/**
 * Makes a result open at its landing section: its link goes there, its title names the section,
 * its excerpt is the section's, and the section comes first among those listed under it.
 */
export function openAtLanding<T extends ShownResult>(result: T, query: string): T {
  const landing = chooseLanding(result, query);
  const section = result.sub_results?.find(({ url }) => url === landing);
  if (landing === result.url || !section) return result;
  return {
    ...result,
    excerpt: section.excerpt,
    meta: { ...result.meta, url: landing, title: `${result.meta.title ?? ''} › ${section.title}` },
    sub_results: [section, ...(result.sub_results ?? []).filter((other) => other !== section)],
  };
}

/** Splits an address into the page's path and the section's anchor (empty for the page's top). */
export function splitLanding(url: string): { page: string; section: string } {
  const [page = '', section = ''] = url.split('#');
  return { page, section };
}
