import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseHeadings } from './headings.ts';
import { LANGUAGES } from './languages.ts';
import { UiStringsSchema } from './ui-strings.ts';

// Checks the words and data in `content/` the way a translator's change could break them.
const contentDir = new URL('../../content/', import.meta.url);
const docsDir = new URL('docs/', contentDir);
const [source, ...targets] = LANGUAGES;

function listPages(lang: string): string[] {
  return readdirSync(new URL(`${lang}/`, docsDir), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path))
    .sort();
}

function readPage(lang: string, path: string) {
  const text = readFileSync(new URL(`${lang}/${path}`, docsDir), 'utf8');
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return { text, data: parseYaml(frontMatter) as Record<string, unknown>, headings: parseHeadings(text) };
}

function readUiStrings(lang: string): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`i18n/${lang}.json`, contentDir), 'utf8')) as Record<string, string>;
}

const pages = listPages(source);

describe.each(targets)('%s against Spanish', (lang) => {
  test('has exactly the same pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(listPages(lang)).toEqual(pages);
  });

  test.each(pages)('%s has the same heading anchors, in the same order and depth', (path) => {
    const shape = (l: string) => readPage(l, path).headings.map(({ depth, id }) => `${depth}#${id}`);
    expect(shape(lang)).toEqual(shape(source));
  });

  test.each(pages)('%s has its own title and description, and the same kind of front matter', (path) => {
    const original = readPage(source, path).data;
    const translated = readPage(lang, path).data;
    for (const data of [original, translated]) {
      expect(data['title']).toEqual(expect.any(String));
      expect(data['description']).toEqual(expect.any(String));
    }
    expect(translated['title']).not.toBe(original['title']);
    expect(translated['description']).not.toBe(original['description']);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(original).sort());
  });

  test.each(pages)('%s uses the same components (summaries, figures, quiz) in the same order', (path) => {
    const components = (l: string) =>
      [...readPage(l, path).text.matchAll(/^<([A-Z]\w*)[\s/>]/gm)].map((m) => m[1]);
    expect(components(lang)).toEqual(components(source));
  });

  test.each(pages)('%s has the same editorial notes, in the same places', (path) => {
    const notes = (l: string) => [...readPage(l, path).text.matchAll(/^:::(\w+)/gm)].map((m) => m[1]);
    expect(notes(lang)).toEqual(notes(source));
  });

  test('has every UI string, and no other', () => {
    expect(Object.keys(readUiStrings(lang)).sort()).toEqual(Object.keys(readUiStrings(source)).sort());
  });
});

test.each(LANGUAGES)('the %s UI strings are complete and valid', (lang) => {
  const result = UiStringsSchema.strict().safeParse(readUiStrings(lang));
  expect(result.error?.issues ?? []).toEqual([]);
});

test.each(LANGUAGES.flatMap((lang) => pages.map((path) => [lang, path] as const)))(
  'every heading of %s/%s declares a stable anchor',
  (lang, path) => {
    const missing = readPage(lang, path).headings.filter(({ id }) => !id);
    expect(missing).toEqual([]);
  },
);
