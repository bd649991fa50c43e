import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findSilences, saysNoResults } from './no-results.ts';

const WORDS = {
  'silent-pay': ['salary', 'pay', 'sueldo', 'retribución'],
  'silent-seniority': ['seniority', 'antigüedad'],
  'silent-checklist': ['checklist'],
};

test.each([
  ['salary', ['silent-pay']],
  ['CRO salaries', ['silent-pay']],
  ['sueldos del director', ['silent-pay']],
  ['retribucion', ['silent-pay']],
  ['ANTIGÜEDAD', ['silent-seniority']],
  ['seniority and pay', ['silent-pay', 'silent-seniority']],
  ['checklists', ['silent-checklist']],
  ['marketing', []],
  ['a b', []],
  ['', []],
])('“%s” asks about %j', (query, expected) => {
  expect(findSilences(WORDS, query)).toEqual(expected);
});

test('only ever names silences it was given, and none for a query without words', () => {
  fc.assert(
    fc.property(fc.string(), (query) => {
      const found = findSilences(WORDS, query);
      for (const id of found) expect(Object.keys(WORDS)).toContain(id);
      if (!/[\p{L}\p{N}]{3,}/u.test(query)) expect(found).toEqual([]);
    }),
  );
});

test.each([
  ['No results for [SEARCH_TERM]', 'No results for salary', true],
  ['Ningún resultado para: [SEARCH_TERM]', 'Ningún resultado para: sueldo del CRO', true],
  ['No results for [SEARCH_TERM]', '3 results for salary', false],
  ['No results for [SEARCH_TERM]', 'Searching for salary...', false],
  ['No results for [SEARCH_TERM]', 'No results for ', false],
  ['', 'No results for salary', false],
])('with the message “%s”, “%s” says there are no results: %s', (template, message, expected) => {
  expect(saysNoResults(template, message)).toBe(expected);
});
