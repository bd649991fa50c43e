import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, type Language } from '../i18n/languages.ts';
import { withBase } from '../content/site-path.ts';

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
