import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findEvidenceProblem, type QuotedCitation } from './citation.ts';
import { readSourceIndex } from './source-index.ts';
import { readSectionTexts, sectionContains } from './source-text.ts';
import { parsePassage } from './passage.ts';
import { LANGUAGES } from '../site/languages.ts';

// Every quote anywhere in `content/`: the data files' `cite` lists, and the `<Quote>` tags of the
// pages. This is the build's rule, run over all of it at once.
const contentDir = new URL('../../content/', import.meta.url);
const sources = readSourceIndex();

const isCitation = (value: unknown): value is QuotedCitation =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)['at'] === 'string' &&
  LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/** Collects every cited statement (an object with a `cite` list) of a data file, with its place. */
function collectStatements(value: unknown, path: string, into: { path: string; cite: QuotedCitation[] }[]) {
  if (Array.isArray(value)) value.forEach((item, index) => collectStatements(item, `${path}.${index}`, into));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record['cite'])) into.push({ path, cite: record['cite'].filter(isCitation) });
    for (const [key, child] of Object.entries(record))
      if (key !== 'cite') collectStatements(child, `${path}.${key}`, into);
  }
  return into;
}

const dataFiles = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.yaml'),
);
const statements = dataFiles.flatMap((file) =>
  collectStatements(parseYaml(readFileSync(new URL(file, contentDir), 'utf8')), file, []),
);

test('the data files hold cited statements', () => {
  expect(dataFiles.length).toBeGreaterThanOrEqual(5);
  expect(statements.length).toBeGreaterThan(50);
});

test.each(statements.map((statement) => [statement.path, statement] as const))(
  'every quote of %s is in its section, in both languages',
  (_, { cite }) => {
    expect(cite.length).toBeGreaterThan(0);
    for (const citation of cite) expect(findEvidenceProblem(citation, sources)).toBeUndefined();
  },
);

const pages = LANGUAGES.flatMap((lang) =>
  readdirSync(new URL(`docs/${lang}/`, contentDir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ lang, file, text: readFileSync(new URL(`docs/${lang}/${file}`, contentDir), 'utf8') })),
);

test.each(pages.map((page) => [`${page.lang}/${page.file}`, page] as const))(
  'every <Quote> of %s is in its section, in the page’s language',
  (_, { lang, text }) => {
    for (const [, quoteLang, at, words] of text.matchAll(
      /<Quote lang="(\w+)" at="([^"]+)" text="([^"]+)"/g,
    )) {
      expect(quoteLang).toBe(lang);
      const place = parsePassage(at ?? '');
      expect(place, at).toBeDefined();
      if (!place) continue;
      const source = readFileSync(new URL(`docs/${lang}/articles/${place.article}.mdx`, contentDir), 'utf8');
      expect(sectionContains(readSectionTexts(source).get(place.section) ?? '', words ?? ''), words).toBe(
        true,
      );
    }
  },
);
