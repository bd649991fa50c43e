import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { InlineCode } from './content-security-policy.ts';
import { openInlineCodeIndex, parseInlineCodeIndex, renderInlineCodeIndex } from './inline-code-index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inline-code-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const code = (script: string): InlineCode => ({ scripts: [script], styles: ['p{}'], styleAttributes: [] });

test('a second build finds the pages the first one parsed, and parses only a new one', async () => {
  const file = join(dir, 'cache/inline-code.json');
  const first = await openInlineCodeIndex(file);
  const found: string[] = [];
  const find = (script: string) => () => {
    found.push(script);
    return code(script);
  };
  expect(first.getOrFind('aa11', find('one'))).toEqual(code('one'));
  first.getOrFind('bb22', find('two'));
  await first.save();

  const second = await openInlineCodeIndex(file);
  expect(second.getOrFind('aa11', find('changed?'))).toEqual(code('one'));
  second.getOrFind('cc33', find('three'));
  expect(found).toEqual(['one', 'two', 'three']);
  expect(second.stats).toEqual({ hits: 1, misses: 1 });
  await second.save();
  // Only what the last build used is kept.
  expect([...parseInlineCodeIndex(await readFile(file, 'utf8')).keys()]).toEqual(['aa11', 'cc33']);
});

test.each([
  ['not JSON', '{'],
  ['another version', JSON.stringify({ version: 2, pages: {} })],
  ['a damaged entry', JSON.stringify({ version: 1, pages: { aa11: { scripts: 'x' } } })],
])('an index that is %s is started afresh', async (_, text) => {
  const file = join(dir, 'inline-code.json');
  await writeFile(file, text);
  const index = await openInlineCodeIndex(file);
  index.getOrFind('aa11', () => code('fresh'));
  expect(index.stats).toEqual({ hits: 0, misses: 1 });
});

test('reads back what it writes', () => {
  const entries = new Map([['aa11', code('one')]]);
  expect(parseInlineCodeIndex(renderInlineCodeIndex(entries))).toEqual(entries);
});
