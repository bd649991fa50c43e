import { readFileSync } from 'node:fs';
import { ARTICLES, type ArticleId } from '../site/pages.ts';
import { LANGUAGES } from '../site/languages.ts';
import type { SourceIndex } from './citation.ts';
import { readSectionTexts } from './source-text.ts';

/** The docs collection folder, where the article pages are. */
export const DOCS_DIR = new URL('../../content/docs/', import.meta.url);

/** The source file of an article page in one language, under the docs collection folder. */
export function articleSourceUrl(docsDir: URL, lang: string, article: ArticleId): URL {
  return new URL(`${lang}/articles/${article}.mdx`, docsDir);
}

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
