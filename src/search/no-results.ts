/**
 * A search that finds nothing: telling Pagefind's message apart, and which of the articles'
 * silences the reader was looking for (pay, seniority, the missing checklist…). Pure.
 */

/** Tells whether Pagefind's message is its "no results for [SEARCH_TERM]", whatever the term. */
export function saysNoResults(template: string, message: string): boolean {
  const [before = '', after = ''] = template.split('[SEARCH_TERM]');
  return (
    template.length > 0 &&
    message.startsWith(before) &&
    message.endsWith(after) &&
    message.length > before.length + after.length
  );
}

/** Lower case, without accents, so that "retribucion" finds "retribución". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Lists the silences whose words the query names: a query word names a silence's word when one
 * starts with the other and both have three letters or more ("salaries" names "salary" through
 * "salar", "sueldos" names "sueldo").
 */
export function findSilences(words: Readonly<Record<string, readonly string[]>>, query: string): string[] {
  const asked = fold(query).match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  const stemOf = (word: string) => word.slice(0, Math.max(3, word.length - 2));
  return Object.entries(words)
    .filter(([, known]) =>
      known.some((word) => {
        const folded = fold(word);
        return asked.some((term) => term.startsWith(stemOf(folded)) || folded.startsWith(stemOf(term)));
      }),
    )
    .map(([id]) => id);
}
