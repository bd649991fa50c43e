import { expect, test } from 'vitest';
import { parseHeadings } from './headings.ts';

test('reads the depth, text and declared anchor of each heading', () => {
  const source = ['# Title', '', '## Daily tasks { #daily-tasks }', 'Text.', '### Sub {#sub-part}'].join(
    '\n',
  );
  expect(parseHeadings(source)).toEqual([
    { depth: 1, text: 'Title', id: undefined },
    { depth: 2, text: 'Daily tasks', id: 'daily-tasks' },
    { depth: 3, text: 'Sub', id: 'sub-part' },
  ]);
});

test('skips front matter and fenced code', () => {
  const source = [
    '---',
    'title: "# not a heading"',
    '---',
    '```md',
    '## Inside code { #no }',
    '```',
    '## Real { #yes }',
  ].join('\n');
  expect(parseHeadings(source).map(({ id }) => id)).toEqual(['yes']);
});

test.each([
  ['#No space', 0],
  ['####### Seven hashes', 0],
  ['Text with ## in it', 0],
  ['## Spanish ¿pregunta? { #pregunta }', 1],
])('counts %j as %i heading', (line, count) => {
  expect(parseHeadings(line)).toHaveLength(count);
});
