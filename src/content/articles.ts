import type { Language } from '../i18n/languages.ts';
import { withBase } from './site-path.ts';

/** The two source articles, by the slug their pages have in both languages. */
export const ARTICLES = ['cso-vs-cro', 'cro-or-cso'] as const;

/** The slug of one of the two source articles. */
export type ArticleId = (typeof ARTICLES)[number];

/** Tells whether a string is the slug of a source article. */
export function isArticleId(value: unknown): value is ArticleId {
  return typeof value === 'string' && (ARTICLES as readonly string[]).includes(value);
}

/** Builds the link to an article page in a language, under the base, with an optional section anchor. */
export function articlePath(lang: Language, article: ArticleId, section?: string): string {
  return withBase(`/${lang}/articles/${article}/${section ? `#${section}` : ''}`);
}
