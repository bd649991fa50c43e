import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../site/languages.ts';

/**
 * Picks the site language that best matches a browser's preferred languages (`navigator.languages`,
 * most preferred first), by primary subtag: `es-MX` → `es`. Falls back to the site's default.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
