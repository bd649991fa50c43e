import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { findInlineCode } from './content-security-policy.ts';
import { readPageLinks } from './links.ts';
import {
  openPageIndex,
  parsePageIndex,
  readPageFacts,
  renderPageIndex,
  type PageFacts,
} from './page-index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'page-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const facts = (script: string): PageFacts => ({
  code: { scripts: [script], styles: ['p{}'], styleAttributes: [] },
  links: ['../en/'],
  resources: ['/_astro/page.css'],
  ids: ['top'],
});

test('reads what the policy and the link check need from one parse of a page', () => {
  const html = `<!doctype html><html lang="es"><head><title>x</title>
<link rel="stylesheet" href="/_astro/page.css"><script>window.a = 1;</script></head>
<body><h2 id="roles" style="--x: 1">Roles</h2><a href="../en/#roles">EN</a><img src="/a.svg" alt=""></body></html>`;
  const read = readPageFacts(html);
  const links = readPageLinks(html);
  expect(read).toEqual({
    code: findInlineCode(html),
    links: links.links,
    resources: links.resources,
    ids: [...links.ids],
  });
  expect(read.code.scripts).toEqual(['window.a = 1;']);
  expect(read.links).toEqual(['../en/#roles']);
  expect(read.resources).toEqual(['/_astro/page.css', '/a.svg']);
  expect(read.ids).toEqual(['roles']);
});

test('a second build finds the pages the first one parsed, and parses only a new one', async () => {
  const file = join(dir, 'cache/pages.json');
  const first = await openPageIndex(file);
  const parsed: string[] = [];
  const read = (script: string) => () => {
    parsed.push(script);
    return facts(script);
  };
  expect(first.getOrRead('aa11', read('one'))).toEqual(facts('one'));
  first.getOrRead('bb22', read('two'));
  await first.save();

  const second = await openPageIndex(file);
  expect(second.getOrRead('aa11', read('changed?'))).toEqual(facts('one'));
  second.getOrRead('cc33', read('three'));
  expect(parsed).toEqual(['one', 'two', 'three']);
  expect(second.stats).toEqual({ hits: 1, misses: 1 });
  await second.save();
  // Only what the last build used is kept.
  expect([...parsePageIndex(await readFile(file, 'utf8')).keys()]).toEqual(['aa11', 'cc33']);
});

test.each([
  ['not JSON', '{'],
  ['an earlier version (inline code only)', JSON.stringify({ version: 1, pages: { aa11: facts('x').code } })],
  ['a damaged entry', JSON.stringify({ version: 2, pages: { aa11: { code: { scripts: 'x' } } } })],
])('an index that is %s is started afresh', async (_, text) => {
  const file = join(dir, 'pages.json');
  await writeFile(file, text);
  const index = await openPageIndex(file);
  index.getOrRead('aa11', () => facts('fresh'));
  expect(index.stats).toEqual({ hits: 0, misses: 1 });
});

test('reads back what it writes', () => {
  const entries = new Map([['aa11', facts('one')]]);
  expect(parsePageIndex(renderPageIndex(entries))).toEqual(entries);
});
