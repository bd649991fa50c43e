import { getCollection, getEntry } from 'astro:content';
import { ARTICLES } from '../site/pages.ts';
import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../site/languages.ts';
import type { UiStrings } from '../site/ui-strings.ts';
import { locatePage, pageRoute } from '../site/pages.ts';
import type { CardContent } from '../social/card.ts';

const SITE = 'CSO vs CRO';

/** A page of the site and what its social card shows. */
export interface CardPage {
  path: string;
  content: CardContent;
}

async function uiStrings(lang: Language): Promise<UiStrings> {
  const entry = await getEntry('i18n', lang);
  if (!entry) throw new Error(`No UI strings for ${lang}`);
  return entry.data;
}

/**
 * Lists every page the site builds, with its title in its language: the docs pages, each
 * article's side-by-side view, the 404 pages and the bilingual entry page.
 */
export async function listCardPages(): Promise<CardPage[]> {
  const strings = Object.fromEntries(
    await Promise.all(LANGUAGES.map(async (lang) => [lang, await uiStrings(lang)] as const)),
  ) as Record<Language, UiStrings>;
  const card = (lang: Language, title: string) => ({
    title,
    site: SITE,
    tagline: strings[lang]['social.tagline'],
    language: LANGUAGE_NAMES[lang],
    lang,
  });
  const docs = await getCollection('docs');
  const pages: CardPage[] = docs.map((entry) => {
    const { lang, slug } = locatePage(entry.id);
    return { path: pageRoute(lang, slug), content: card(lang, entry.data.title) };
  });
  for (const lang of LANGUAGES) {
    pages.push({ path: `/${lang}/404/`, content: card(lang, strings[lang]['notFound.title']) });
    for (const article of ARTICLES) {
      const entry = docs.find(({ id }) => id === `${lang}/articles/${article}`);
      const title = strings[lang]['parallel.title'].replace('{{title}}', entry?.data.title ?? article);
      pages.push({ path: pageRoute(lang, `articles/${article}/parallel`), content: card(lang, title) });
    }
  }
  const [first, ...others] = LANGUAGES;
  const both = (key: keyof UiStrings) => LANGUAGES.map((lang) => strings[lang][key]).join(' · ');
  const bilingual = {
    ...card(first, ''),
    tagline: strings[first]['social.tagline'],
    language: [first, ...others].map((lang) => LANGUAGE_NAMES[lang]).join(' · '),
  };
  pages.push({ path: '/', content: { ...bilingual, title: strings[first]['entry.title'] } });
  pages.push({ path: '/404/', content: { ...bilingual, title: both('notFound.title') } });
  return pages;
}
