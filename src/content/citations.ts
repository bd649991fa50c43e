import { articlePath, isArticleId, type ArticleId } from './articles.ts';
import type { Language } from '../i18n/languages.ts';

/** A pointer at a passage of a source article: the article and the anchor of its section. */
export interface Citation {
  article: ArticleId;
  section: string;
}

const CITATION = /^([a-z0-9-]+)#(_top|[a-z0-9-]+)$/;

/** Reads a citation written as `article#section`, or returns `undefined` when it is malformed. */
export function parseCitation(value: string): Citation | undefined {
  const match = CITATION.exec(value);
  if (!match?.[1] || !match[2] || !isArticleId(match[1])) return undefined;
  return { article: match[1], section: match[2] };
}

/** Builds the link a citation points at, in the page's language. */
export function citationHref(lang: Language, citation: Citation): string {
  return articlePath(lang, citation.article, citation.section);
}

/** The anchors that exist in every language, per article: what a citation may point at. */
export type AnchorIndex = Record<ArticleId, ReadonlySet<string>>;

/** Explains why a citation cannot be resolved, or returns `undefined` when it resolves. */
export function findCitationProblem(value: string, anchors: AnchorIndex): string | undefined {
  const citation = parseCitation(value);
  if (!citation) return `"${value}" is not of the form article#section with a known article`;
  if (!anchors[citation.article].has(citation.section)) {
    return `"${value}": the article ${citation.article} has no heading #${citation.section} in every language`;
  }
  return undefined;
}
