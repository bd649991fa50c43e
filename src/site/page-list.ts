import { readdirSync } from 'node:fs';
import { ARTICLES } from './pages.ts';
import { LANGUAGES } from './languages.ts';

/** The URL path a file of `content/docs/<lang>/` is published at: `index.mdx` → `/es/`, `brief/cso.mdx` → `/es/brief/cso/`. */
export function routeOfDocsFile(lang: string, file: string): string {
  const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug ? `/${lang}/${slug}/` : `/${lang}/`;
}

/**
 * The URL path of every page of the site in every language: the pages in `content/docs/`, and
 * each article's side-by-side view.
 */
export function listPagePaths(): string[] {
  const docsDir = new URL('../../content/docs/', import.meta.url);
  return LANGUAGES.flatMap((lang) => [
    ...readdirSync(new URL(`${lang}/`, docsDir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => routeOfDocsFile(lang, file)),
    ...ARTICLES.map((article) => `/${lang}/articles/${article}/parallel/`),
  ]).sort();
}
