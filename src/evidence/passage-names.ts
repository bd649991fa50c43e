import { getCollection, getEntry } from 'astro:content';
import { ARTICLES, type ArticleId } from '../site/pages.ts';
import { parseHeadings } from '../site/headings.ts';
import type { Passage } from './passage.ts';
import { OPENING } from './source-text.ts';
import type { Language } from '../site/languages.ts';
import { oncePerBuild } from '../site/build-memo.ts';

/** Names the passages of the articles in one language. */
export interface PassageNames {
  /** The short name of an article, e.g. its sidebar label. */
  article(article: ArticleId): string;
  /** The heading text of an article's section, or the name of its opening. */
  section(passage: Passage): string;
}

/**
 * Reads the article pages of one language and names their passages for citation links: once per
 * language in a build, which renders several citing components per page.
 */
export const loadPassageNames = oncePerBuild(readPassageNames);

async function readPassageNames(lang: Language): Promise<PassageNames> {
  const pages = await getCollection('docs', ({ id }) => id.startsWith(`${lang}/articles/`));
  const opening = (await getEntry('i18n', lang))?.data['evidence.opening'];
  if (!opening) throw new Error(`No UI string evidence.opening in ${lang}`);
  const byArticle = new Map(
    ARTICLES.map((article) => {
      const page = pages.find(({ id }) => id === `${lang}/articles/${article}`);
      if (!page) throw new Error(`The article ${article} has no page in ${lang}.`);
      const sections = new Map(parseHeadings(page.body ?? '').map(({ id, text }) => [id, text]));
      sections.set(OPENING, opening);
      return [article, { name: page.data.sidebar.label ?? page.data.title, sections }] as const;
    }),
  );
  const lookUp = (article: ArticleId) => {
    const found = byArticle.get(article);
    if (!found) throw new Error(`Unknown article ${article}`);
    return found;
  };
  return {
    article: (article) => lookUp(article).name,
    section: ({ article, section }) => {
      const text = lookUp(article).sections.get(section);
      if (text === undefined) throw new Error(`The ${lang} page of ${article} has no heading #${section}.`);
      return text;
    },
  };
}
