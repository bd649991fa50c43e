import { readFileSync } from 'node:fs';
import { ARTICLES, type ArticleId } from './articles.ts';
import type { AnchorIndex } from './citations.ts';
import { parseHeadings } from './headings.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** The source file of an article page in one language, under the docs collection folder. */
export function articleSourceUrl(docsDir: URL, lang: string, article: ArticleId): URL {
  return new URL(`${lang}/articles/${article}.mdx`, docsDir);
}

function readSharedAnchors(docsDir: URL, article: ArticleId): ReadonlySet<string> {
  const [first = new Set<string>(), ...others] = LANGUAGES.map(
    (lang) =>
      new Set(
        parseHeadings(readFileSync(articleSourceUrl(docsDir, lang, article), 'utf8')).flatMap(({ id }) =>
          id ? [id] : [],
        ),
      ),
  );
  return new Set([...first].filter((id) => others.every((ids) => ids.has(id))));
}

/**
 * Reads the article pages of every language and keeps, per article, the heading anchors that all
 * languages declare: the only anchors a citation may rely on.
 */
export function readAnchorIndex(docsDir: URL): AnchorIndex {
  const [first, second] = ARTICLES;
  return {
    [first]: readSharedAnchors(docsDir, first),
    [second]: readSharedAnchors(docsDir, second),
  };
}
