/**
 * The site's pages by language and slug: the two source articles, where a docs entry sits, and the
 * links to a page or an article under the base path.
 */
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from './languages.ts';
import { withBase } from './base-path.ts';

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

/** A docs entry id split into its language and the slug it shares with its translations. */
export interface PageLocation {
  lang: Language;
  slug: string;
}

/** Splits a docs entry id such as `en/articles/cso-vs-cro` into its language and shared slug. */
export function locatePage(entryId: string): PageLocation {
  const [first = '', ...rest] = entryId.split('/');
  if (isLanguage(first)) return { lang: first, slug: rest.join('/') };
  return { lang: DEFAULT_LANGUAGE, slug: entryId };
}

/** Lists the languages other than the given one, in the site's order. */
export function otherLanguages(lang: Language): Language[] {
  return LANGUAGES.filter((other) => other !== lang);
}

/** Builds the site path of a page in a language (`/es/comparison/`), without the base: a page's id. */
export function pageRoute(lang: Language, slug: string): string {
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/** Builds the link to a page in a language from the slug all its translations share, under the base. */
export function pagePath(lang: Language, slug: string): string {
  return withBase(pageRoute(lang, slug));
}
