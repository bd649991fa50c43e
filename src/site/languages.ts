/** The site's languages, Spanish first: it is the default and the language of the source articles. */
export const LANGUAGES = ['es', 'en'] as const;

/** A language the site is written in. */
export type Language = (typeof LANGUAGES)[number];

/** The language the site falls back to and the articles were published in. */
export const DEFAULT_LANGUAGE: Language = 'es';

/** Each language's name, written in that language, for language links. */
export const LANGUAGE_NAMES = {
  es: 'Español',
  en: 'English',
} as const satisfies Record<Language, string>;

/** Tells whether a string is one of the site's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
