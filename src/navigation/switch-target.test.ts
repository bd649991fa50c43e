import fc from 'fast-check';
import { expect, test } from 'vitest';
import { buildSwitchHref, findReadingSection } from './switch-target.ts';

test.each([
  ['the bare page, at its top', { search: '', hash: '' }, '/en/quiz/'],
  [
    'a quiz result’s answers',
    { search: '?v=1&need=abc&fit=def', hash: '' },
    '/en/quiz/?v=1&need=abc&fit=def',
  ],
  ['an anchor in the address', { search: '', hash: '#daily-tasks' }, '/en/quiz/#daily-tasks'],
  [
    'the section being read, without an anchor',
    { search: '', hash: '', section: 'fundamental-differences' },
    '/en/quiz/#fundamental-differences',
  ],
  [
    'the anchor rather than the section',
    { search: '', hash: '#complexity', section: 'daily-tasks' },
    '/en/quiz/#complexity',
  ],
  ['query and section together', { search: '?v=1', hash: '', section: 'signs' }, '/en/quiz/?v=1#signs'],
  ['no empty query or anchor marks', { search: '?', hash: '#' }, '/en/quiz/'],
])('keeps %s', (_, place, expected) => {
  expect(buildSwitchHref('/en/quiz/', place)).toBe(expected);
});

test('replaces whatever query and anchor the server link had', () => {
  expect(buildSwitchHref('/es/comparison/?old=1#old', { search: '?v=2', hash: '#kpis' })).toBe(
    '/es/comparison/?v=2#kpis',
  );
});

test.each([
  ['at the top of the page, no heading is passed', [120, 400, 900], undefined],
  ['the heading just under the header', [80, 400, 900], 'a'],
  ['the last heading scrolled past', [-900, -300, 20, 500], 'c'],
  ['the last of all, at the end', [-900, -600, -300], 'c'],
])('finds the section being read: %s', (_, tops, expected) => {
  const headings = tops.map((top, index) => ({ id: 'abcd'[index] ?? '', top }));
  expect(findReadingSection(headings, 96)).toBe(expected);
});

test('the section found is always a heading at or above the line, and the lowest such', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 20 }),
      fc.integer(),
      (raw, line) => {
        const tops = [...raw].sort((a, b) => a - b);
        const headings = tops.map((top, index) => ({ id: `h${index}`, top }));
        const found = findReadingSection(headings, line);
        const above = headings.filter(({ top }) => top <= line);
        expect(found).toBe(above.at(-1)?.id);
      },
    ),
  );
});
