import { parsePassage } from '../evidence/passage.ts';
import type { ArticleId } from '../site/pages.ts';
import type { Evidence } from '../evidence/schema.ts';
import type { Language } from '../site/languages.ts';
import { ROLES, type Claim, type Dimension, type Role } from './schema.ts';

/** A claim ready to render in one language: its text, and its quotes or the articles' silence. */
export interface ShownClaim {
  text: string;
  /** The quotes that carry it; absent for a silence. */
  cite?: Evidence;
  /** The site's own reading of the quotes. */
  reading: boolean;
  /** The articles say nothing on this point. */
  silent: boolean;
  /** The disputed points on which the claim states one article's view. */
  disputed: readonly string[];
}

/** One dimension ready to render, with the claims about each role in one language. */
export type ComparisonRow = { id: string; label: string } & Record<Role, ShownClaim[]>;

/** What to build the rows for. */
export interface RowOptions {
  lang: Language;
  /** Keep only the claims, and the quotes, that come from this article (an article's own summary). */
  onlyArticle?: ArticleId;
}

const citesArticle = (article: ArticleId) => (citation: Evidence[number]) =>
  parsePassage(citation.at)?.article === article;

function toShownClaim(claim: Claim, { lang, onlyArticle }: RowOptions): ShownClaim | undefined {
  if ('silent' in claim)
    return onlyArticle ? undefined : { text: claim[lang], reading: false, silent: true, disputed: [] };
  const cite = onlyArticle ? claim.cite.filter(citesArticle(onlyArticle)) : claim.cite;
  if (cite.length === 0) return undefined;
  return {
    text: claim[lang],
    cite,
    reading: claim.reading === true,
    silent: false,
    disputed: claim.disputed ?? [],
  };
}

/**
 * Turns the comparison data into rows in one language, optionally keeping only what one article
 * says. Dimensions that the article says nothing about are left out.
 */
export function buildComparisonRows(dimensions: readonly Dimension[], options: RowOptions): ComparisonRow[] {
  return dimensions.flatMap((dimension) => {
    const [cso, cro] = ROLES.map((role) =>
      dimension[role].flatMap((claim) => toShownClaim(claim, options) ?? []),
    ) as [ShownClaim[], ShownClaim[]];
    if (cso.length === 0 && cro.length === 0) return [];
    return [{ id: dimension.id, label: dimension.label[options.lang], cso, cro }];
  });
}
