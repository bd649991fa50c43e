import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { SourceIndex } from '../evidence/citation.ts';
import { sectionContains } from '../evidence/source-text.ts';
import { listDataTexts, listPageTexts, listStringTexts, type SiteText } from './machine-wordings.ts';

/** The `content/` folder: the site's words and data. */
export const CONTENT_DIR = new URL('../../content/', import.meta.url);

/** The list of the machine translation's wordings, relative to `content/`: not the site's text. */
export const WORDINGS_FILE = 'glossary/machine-translation.yaml';

const listFiles = (dir: URL, under: string, ending: string) =>
  readdirSync(new URL(under, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(ending))
    .map((file) => `${under}${file}`)
    .sort();

/**
 * Reads the site's own Spanish from `content/`: the `es` fields of every data file, the Spanish UI
 * strings, and the Spanish pages (of an article's page, only the site's notes). Read once per
 * build, before the collections load, like the articles' text.
 */
export function readSiteTexts(contentDir: URL = CONTENT_DIR): SiteText[] {
  const read = (file: string) => readFileSync(new URL(file, contentDir), 'utf8');
  const data = listFiles(contentDir, '', '.yaml')
    .filter((file) => file !== WORDINGS_FILE)
    .flatMap((file) => listDataTexts(file, parseYaml(read(file))));
  const strings = listStringTexts('i18n/es.json', JSON.parse(read('i18n/es.json')) as Record<string, string>);
  const pages = listFiles(contentDir, 'docs/es/', '.mdx').flatMap((file) =>
    listPageTexts(file, read(file), { articleNotesOnly: file.startsWith('docs/es/articles/') }),
  );
  return [...data, ...strings, ...pages];
}

/** Builds the test of whether some words are the articles' own, in either language: a quote. */
export function createArticleWordsTest(sources: SourceIndex): (words: string) => boolean {
  const sections = Object.values(sources).flatMap((articles) =>
    Object.values(articles).flatMap((texts) => [...texts.values()]),
  );
  return (words) => sections.some((section) => sectionContains(section, words));
}
