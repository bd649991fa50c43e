import fc from 'fast-check';
import { expect, test } from 'vitest';
import { chooseLanding, countTitleWords, longestRun, openAtLanding, splitLanding } from './landing.ts';

const section = (url: string, title: string, locations: number[]) => ({
  url,
  title,
  locations,
  excerpt: title,
});
const page = (...sub_results: ReturnType<typeof section>[]) => ({
  url: '/es/glossary/',
  excerpt: 'top',
  meta: { title: 'Glosario' },
  sub_results,
});

test.each([
  ['Tasa de éxito (win rate)', 'tasa de éxito', 2],
  ['Tasa de éxito (win rate)', 'TASA DE EXITO', 2],
  ['Ciclo de ventas', 'ciclo de venta', 2],
  ['Chief Sales Officer (CSO)', 'ciclo de ventas', 0],
  ['Win rate', 'a quién reporta el CSO', 0],
  ['Where the articles disagree', 'who does the CSO report to', 0],
  ['Whom the CRO reports to', 'who does the CSO report to', 1],
  ['CSO vs CRO, side by side', 'who does the CSO report to', 0],
])('the heading “%s”, for the query “%s”, names %i of its words', (title, query, expected) => {
  expect(countTitleWords(title, query)).toBe(expected);
});

test.each([
  [[], 0],
  [[7], 1],
  [[3, 9, 10, 11, 20], 3],
  [[11, 10, 9, 9], 3],
])('the longest phrase in %j is %i words', (locations, expected) => {
  expect(longestRun(locations)).toBe(expected);
});

test('a result opens at the section whose heading names the query, not the one with most matches', () => {
  const hit = page(
    section('/es/glossary/', 'Glosario', [1]),
    section('/es/glossary/#cso', 'Chief Sales Officer (CSO)', [40, 41, 52, 60, 61, 70, 88]),
    section('/es/glossary/#sales-cycle', 'Ciclo de ventas', [400, 401, 402]),
  );
  expect(chooseLanding(hit, 'ciclo de ventas')).toBe('/es/glossary/#sales-cycle');
});

test('without a heading that names it, the section with the query as a phrase wins', () => {
  const hit = page(
    section('/es/articles/a/#one', 'Uno', [5, 9, 14, 20]),
    section('/es/articles/a/#two', 'Dos', [100, 101, 102]),
  );
  expect(chooseLanding(hit, 'margen de error')).toBe('/es/articles/a/#two');
});

test('a result stays at the top of its page when the top answers best, or there are no sections', () => {
  expect(chooseLanding(page(section('/es/glossary/', 'Glosario', [1, 2, 3])), 'x y z')).toBe('/es/glossary/');
  expect(chooseLanding({ url: '/es/' }, 'ventas')).toBe('/es/');
  expect(chooseLanding(page(section('/es/glossary/#_top', 'Glosario', [1, 2])), 'glosario')).toBe(
    '/es/glossary/',
  );
});

test('the landing is always one of the result’s own addresses', () => {
  const hits = fc.array(
    fc.record({
      url: fc.constantFrom('/en/x/', '/en/x/#a', '/en/x/#b', '/en/x/#c'),
      title: fc.string(),
      locations: fc.array(fc.nat(500)),
    }),
  );
  fc.assert(
    fc.property(hits, fc.string(), (sub_results, query) => {
      const landing = chooseLanding({ url: '/en/x/', sub_results }, query);
      expect(['/en/x/', ...sub_results.map(({ url }) => url)]).toContain(landing);
    }),
  );
});

test('opening a result at a section points its link, title and excerpt there, the section first', () => {
  const top = section('/es/glossary/', 'Glosario', [1]);
  const churn = section('/es/glossary/#churn', 'Abandono de clientes (churn)', [300, 301, 302]);
  const shown = openAtLanding(page(top, churn), 'abandono de clientes');
  expect(shown.meta).toEqual({
    title: 'Glosario › Abandono de clientes (churn)',
    url: '/es/glossary/#churn',
  });
  expect(shown.excerpt).toBe(churn.excerpt);
  expect(shown.sub_results?.map(({ url }) => url)).toEqual(['/es/glossary/#churn', '/es/glossary/']);
});

test('a result whose top answers best is left as it is', () => {
  const result = page(section('/es/glossary/', 'Glosario', [1, 2]));
  expect(openAtLanding(result, 'glosario')).toBe(result);
});

test.each([
  ['/en/glossary/#win-rate', { page: '/en/glossary/', section: 'win-rate' }],
  ['/en/glossary/', { page: '/en/glossary/', section: '' }],
])('splits %s into page and section', (url, expected) => {
  expect(splitLanding(url)).toEqual(expected);
});
