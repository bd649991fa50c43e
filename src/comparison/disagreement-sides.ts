/**
 * What makes a point on which the articles pull apart checkable: each side quotes one article
 * only, and the two sides quote two different articles, except where an article contradicts
 * itself, which the data says in so many words (`kind: contradiction`). Pure: sides in, problems out.
 */

/** How the two sides of a point differ: they disagree, they stress different things, or one article says both. */
export const DISAGREEMENT_KINDS = ['disagreement', 'emphasis', 'contradiction'] as const;

/** How the two sides of a point differ. */
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** A side as the rule needs it: the passages it quotes, as `article#section`. */
export interface QuotingSide {
  cite: readonly { at: string }[];
}

/** The article a passage belongs to: what comes before the `#` of `article#section`. */
export function articleOfPassage(at: string): string {
  return at.split('#')[0] ?? '';
}

/** Lists the articles a side quotes, in the order it first quotes them. */
export function listQuotedArticles(side: QuotingSide): string[] {
  return [...new Set(side.cite.map(({ at }) => articleOfPassage(at)))];
}

/** Explains what is wrong with the two sides of a point, or returns an empty list when they hold. */
export function findSideProblems(kind: DisagreementKind, sides: readonly QuotingSide[]): string[] {
  const problems: string[] = [];
  const articles = sides.map(listQuotedArticles);
  articles.forEach((quoted, index) => {
    if (quoted.length > 1) {
      problems.push(
        `side ${index + 1} quotes ${quoted.join(' and ')}: each side quotes its own article only`,
      );
    }
  });
  if (problems.length > 0 || sides.length !== 2) return problems;
  const [first = '', second = ''] = articles.map((quoted) => quoted[0] ?? '');
  if (kind === 'contradiction' && first !== second) {
    problems.push(
      `a contradiction sets one article against itself, but the sides quote ${first} and ${second}`,
    );
  }
  if (kind !== 'contradiction' && first === second) {
    problems.push(
      `both sides quote ${first}: the two sides quote one article each (an article against itself is a contradiction)`,
    );
  }
  return problems;
}
