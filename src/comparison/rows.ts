import { parseCitation, citationHref, type Citation } from '../content/citations.ts';
import type { ArticleId } from '../content/articles.ts';
import type { Language } from '../i18n/languages.ts';
import { ROLES, type Claim, type Dimension, type Role } from './schema.ts';

/** A claim ready to render: its text in one language and the link to the passage it cites. */
export interface CitedClaim {
  text: string;
  href: string;
  /** The cited passage, named for a reader: the article (when asked for) and its section. */
  sourceLabel: string;
}

/** One dimension ready to render, with the claims about each role in one language. */
export type ComparisonRow = { id: string; label: string } & Record<Role, CitedClaim[]>;

/** Names the passages of the articles in one language. */
export interface PassageNames {
  /** The short name of an article, e.g. its sidebar label. */
  article(article: ArticleId): string;
  /** The heading text of an article's section. */
  section(citation: Citation): string;
}

/** What to build the rows from and for. */
export interface RowOptions {
  lang: Language;
  names: PassageNames;
  /** Keep only the claims that cite this article (an article's own summary). */
  onlyArticle?: ArticleId;
}

function toCitedClaim(claim: Claim, { lang, names, onlyArticle }: RowOptions): CitedClaim | undefined {
  const citation = parseCitation(claim.cite);
  if (!citation) throw new Error(`Malformed citation "${claim.cite}"`);
  if (onlyArticle && citation.article !== onlyArticle) return undefined;
  const section = names.section(citation);
  return {
    text: claim[lang],
    href: citationHref(lang, citation),
    sourceLabel: onlyArticle ? section : `${names.article(citation.article)} › ${section}`,
  };
}

/**
 * Turns the comparison data into rows in one language, optionally keeping only what one article
 * says. Dimensions that the article says nothing about are left out.
 */
export function buildComparisonRows(dimensions: readonly Dimension[], options: RowOptions): ComparisonRow[] {
  return dimensions.flatMap((dimension) => {
    const [cso, cro] = ROLES.map((role) =>
      dimension[role].flatMap((claim) => toCitedClaim(claim, options) ?? []),
    ) as [CitedClaim[], CitedClaim[]];
    if (cso.length === 0 && cro.length === 0) return [];
    return [{ id: dimension.id, label: dimension.label[options.lang], cso, cro }];
  });
}
