import fc from 'fast-check';
import { expect, test } from 'vitest';
import { wrapText } from './wrap-text.ts';

test.each([
  ['Operaciones de marketing', 14, ['Operaciones de', 'marketing']],
  ['Sales development representatives (SDRs)', 18, ['Sales development', 'representatives', '(SDRs)']],
  ['CRO', 10, ['CRO']],
  ['  spaced   out  ', 20, ['spaced out']],
  ['', 10, []],
  ['Supercalifragilistic word', 5, ['Supercalifragilistic', 'word']],
])('wraps %j at %i characters', (text, max, lines) => {
  expect(wrapText(text, max)).toEqual(lines);
});

test('never loses, reorders or splits a word, and never overfills a line of several words', () => {
  fc.assert(
    fc.property(
      fc.array(fc.stringMatching(/^[a-záéíóúñ()]{1,15}$/), { maxLength: 12 }),
      fc.integer({ min: 1, max: 30 }),
      (words, max) => {
        const lines = wrapText(words.join(' '), max);
        expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
        for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(max);
      },
    ),
  );
});
