import { isArticleId, type ArticleId } from '../site/pages.ts';

/** A passage of a source article: the article and the anchor of its section (`article#section`). */
export interface Passage {
  article: ArticleId;
  section: string;
}

const PASSAGE = /^([a-z0-9-]+)#(_top|[a-z0-9-]+)$/;

/** Reads a passage written as `article#section`, or returns `undefined` when it is malformed. */
export function parsePassage(value: string): Passage | undefined {
  const match = PASSAGE.exec(value);
  if (!match?.[1] || !match[2] || !isArticleId(match[1])) return undefined;
  return { article: match[1], section: match[2] };
}
