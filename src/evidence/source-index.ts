import { readFileSync } from 'node:fs';
import { articleSourceUrl } from '../content/anchor-index.ts';
import { ARTICLES } from '../content/articles.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import type { SourceIndex } from './citation.ts';
import { readSectionTexts } from './source-text.ts';

/** The docs collection folder, where the article pages are. */
export const DOCS_DIR = new URL('../../content/docs/', import.meta.url);

/**
 * Reads the article pages of every language from disk and indexes the text of their sections: the
 * words a quoted citation must be found in. Read once per build, before the collections load.
 */
export function readSourceIndex(docsDir: URL = DOCS_DIR): SourceIndex {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      Object.fromEntries(
        ARTICLES.map((article) => [
          article,
          readSectionTexts(readFileSync(articleSourceUrl(docsDir, lang, article), 'utf8')),
        ]),
      ),
    ]),
  ) as SourceIndex;
}
