import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseHeadings } from './headings.ts';
import { createComparisonSchema } from '../comparison/schema.ts';
import { readSourceIndex } from '../evidence/source-index.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { UiStringsSchema } from '../i18n/ui-strings.ts';

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

test.each(LANGUAGES.flatMap((lang) => pages.map((path) => [lang, path] as const)))(
  'every link from %s/%s to a section lands on a heading of a page in the same language',
  (lang, path) => {
    const links = [...readPage(lang, path).text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map(
      (match) => match[1] ?? match[2] ?? '',
    );
    for (const link of links) {
      const [pathname = '', anchor] = link.split('#');
      expect(pathname.startsWith(`/${lang}/`), `${link} is not in ${lang}`).toBe(true);
      const slug = pathname.slice(lang.length + 2).replace(/\/$/, '');
      const target = pages.find((page) => page.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '') === slug);
      expect(target, `${link} points at no page`).toBeDefined();
      if (anchor && target) {
        expect(
          readPage(lang, target).headings.map(({ id }) => id),
          `${link} points at no heading`,
        ).toContain(anchor);
      }
    }
  },
);

describe('the comparison data', () => {
  const data = parseYaml(
    readFileSync(new URL('comparison/dimensions.yaml', contentDir), 'utf8'),
  ) as unknown[];
  const schema = createComparisonSchema(readSourceIndex(docsDir));

  test('matches its schema, with every quote found in its section in both languages', () => {
    expect(data).toHaveLength(1);
    const result = schema.safeParse(data[0]);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  test('covers every dimension the guide promises', () => {
    const ids = schema.parse(data[0]).dimensions.map(({ id }) => id);
    expect(ids).toEqual([
      'focus',
      'oversees',
      'kpis',
      'environment',
      'daily-work',
      'background',
      'decision-style',
      'margin-of-error',
      'reporting',
      'complement',
      'when-to-hire',
    ]);
  });

  type Broken = { dimensions: { cso: { cite: { at: string; es: string; en: string }[] }[] }[] };
  const firstCitation = (broken: Broken) => {
    const citation = broken.dimensions[0]?.cso[0]?.cite[0];
    if (!citation) throw new Error('The comparison data has no first citation');
    return citation;
  };
  const problems = (broken: Broken) =>
    schema
      .safeParse(broken)
      .error?.issues.map(({ message }) => message)
      .join('\n') ?? '';

  test('rejects a citation of a heading that does not exist, naming it', () => {
    const broken = structuredClone(data[0]) as Broken;
    firstCitation(broken).at = 'cso-vs-cro#no-such-section';
    expect(problems(broken)).toMatch(/no section #no-such-section/);
  });

  test('rejects a quote that is not in its section, naming the quote', () => {
    const broken = structuredClone(data[0]) as Broken;
    // Words of the article, but from another section.
    firstCitation(broken).es =
      'Este rol funciona mejor en entornos de negocios más simples con un solo canal de ventas.';
    expect(problems(broken)).toMatch(
      /"cso-vs-cro#main-responsibilities": the Spanish quote «Este rol funciona mejor .*» is not in that section/,
    );
  });

  test('every statement but a silence has at least one quote', () => {
    const dimensions = schema.parse(data[0]).dimensions;
    for (const dimension of dimensions) {
      for (const claim of [...dimension.cso, ...dimension.cro]) {
        if ('silent' in claim) continue;
        expect(claim.cite.length, `${dimension.id}: ${claim.en}`).toBeGreaterThan(0);
      }
    }
  });
});
