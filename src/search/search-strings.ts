import { getEntry } from 'astro:content';
import { oncePerBuild } from '../site/build-memo.ts';
import type { Language } from '../site/languages.ts';

/** What the search dialog says beyond its fixed labels, in one language. */
export interface SearchStrings {
  /** Pagefind's own UI strings (Starlight's `pagefind.*` keys, or ours), by Pagefind's names. */
  translations: Record<string, string>;
  /** What the articles do not cover, with the words a reader would search for it with. */
  silences: { id: string; label: string; words: string[] }[];
}

/**
 * Reads the search dialog's strings for a language from its UI strings (`all`, Starlight's
 * `t.all()`) and the glossary: once per language in a build, which puts the dialog on every page.
 */
export const loadSearchStrings = oncePerBuild(
  async (lang: Language, all: () => Record<string, unknown>): Promise<SearchStrings> => {
    const translations = Object.fromEntries(
      Object.entries(all())
        .filter(
          (entry): entry is [string, string] =>
            entry[0].startsWith('pagefind.') && typeof entry[1] === 'string',
        )
        .map(([key, value]) => [key.slice('pagefind.'.length), value]),
    );
    const silences = (await getEntry('glossary', 'glossary'))?.data.silences ?? [];
    return {
      translations,
      silences: silences.map((silence) => ({
        id: silence.id,
        label: silence[lang],
        words: silence.words[lang],
      })),
    };
  },
);
