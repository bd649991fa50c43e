import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { findSectionLinkProblems, readSourceLinks, type DocsPage } from './section-links.ts';

const docs = new URL('../../content/docs/', import.meta.url);
const pages: DocsPage[] = readdirSync(docs, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, text: readFileSync(new URL(file, docs), 'utf8') }));

test('the pages link to each other, and there are links to check', () => {
  expect(
    pages.flatMap(({ text }) => readSourceLinks(text)).filter((link) => link.startsWith('.')),
  ).not.toEqual([]);
});

test('every link between the pages is relative to its page and lands on a page, and a heading, of its language', () => {
  expect(findSectionLinkProblems(pages)).toEqual([]);
});

const page = (file: string, text: string): DocsPage => ({ file, text });
const site = [
  page('es/index.mdx', '---\ntitle: Inicio\n---\n'),
  page('es/comparison.mdx', '---\ntitle: Comparación\n---\n## Enfoque { #focus }\n'),
  page('en/comparison.mdx', '---\ntitle: Comparison\n---\n## Focus { #focus }\n'),
];

test('reads Markdown links, href attributes and front matter links', () => {
  expect(readSourceLinks('---\nlink: ./quiz/\n---\nSee [it](../a/#b) and <a href="./c/">c</a>.')).toEqual([
    './quiz/',
    '../a/#b',
    './c/',
  ]);
});

test.each([
  ['a relative link to a page and its heading', 'es/index.mdx', '[x](./comparison/#focus)', []],
  ['a link to another site', 'es/index.mdx', '[x](https://example.org/)', []],
  [
    'a link to a page that does not exist',
    'es/index.mdx',
    '[x](./no-such-page/)',
    ['es/index.mdx: ./no-such-page/: points at /es/no-such-page/, which is no page of content/docs'],
  ],
  [
    'a link to a heading that does not exist',
    'es/index.mdx',
    '[x](./comparison/#nothing)',
    [
      'es/index.mdx: ./comparison/#nothing: points at /es/comparison/#nothing, which is no heading of that page',
    ],
  ],
  [
    'a link into the other language',
    'es/index.mdx',
    'href="../en/comparison/"',
    ['es/index.mdx: ../en/comparison/: points at a page in en from a page in es'],
  ],
  [
    'a link written from the root',
    'es/index.mdx',
    '[x](/es/comparison/)',
    [
      'es/index.mdx: /es/comparison/: is written from the root, which breaks under a base path; write it relative to the page',
    ],
  ],
])('%s is reported or passes as it should', (_, file, link, expected) => {
  const pages = site.map((entry) =>
    entry.file === file ? { file, text: `${entry.text}\n${link}\n` } : entry,
  );
  expect(findSectionLinkProblems(pages)).toEqual(expected);
});
