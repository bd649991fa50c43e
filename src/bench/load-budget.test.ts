import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  combineRounds,
  findMissedLoadBudget,
  formatLoadTable,
  LOAD_BUDGET,
  type LoadFigures,
} from './load-budget.ts';

const figures = (requestsPerSecond: number, extra: Partial<LoadFigures> = {}): LoadFigures => ({
  requestsPerSecond,
  p50Ms: 10,
  p99Ms: 30,
  non2xx: 0,
  errors: 0,
  bytesPerResponse: 5000,
  ...extra,
});
const path = '/es/articles/cso-vs-cro/';

test.each([
  [4000, 4000, 0],
  [3200, 4000, 0],
  [3199, 4000, 1],
  [863, 3821, 1],
  [5000, 4000, 0],
])('the preview server at %d req/s against sirv at %d misses %d budget', (site, sirv, count) => {
  expect(
    findMissedLoadBudget({ path, encoding: 'br', site: figures(site), sirv: figures(sirv) }),
  ).toHaveLength(count);
});

test('says by how much a budget is missed', () => {
  expect(findMissedLoadBudget({ path, encoding: 'br', site: figures(863), sirv: figures(3821) })).toEqual([
    `${path}: the preview server answers 863 req/s, 0.23× sirv's 3821 (budget ≥ 0.8×)`,
  ]);
});

test('misses the budget when either server gave errors or answers other than 200', () => {
  const missed = findMissedLoadBudget({
    path,
    encoding: 'br',
    site: figures(4000, { non2xx: 3 }),
    sirv: figures(4000, { errors: 1 }),
  });
  expect(missed).toEqual([
    `${path}: the preview server gave 3 answers other than 200 and 0 errors`,
    `${path}: sirv gave 0 answers other than 200 and 1 errors`,
  ]);
});

test('holds exactly when the share of sirv is at least the budget', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1, max: 1e5, noNaN: true }),
      fc.double({ min: 0, max: 2, noNaN: true }),
      (sirv, share) => {
        const missed = findMissedLoadBudget({
          path,
          encoding: 'br',
          site: figures(sirv * share),
          sirv: figures(sirv),
        });
        expect(missed.length === 0).toBe((sirv * share) / sirv >= LOAD_BUDGET.minShareOfSirv);
      },
    ),
  );
});

test('averages rounds and adds up their failures', () => {
  expect(
    combineRounds([figures(100, { p99Ms: 10, errors: 1 }), figures(300, { p99Ms: 30, non2xx: 2 })]),
  ).toEqual(figures(200, { p99Ms: 20, errors: 1, non2xx: 2 }));
});

test('writes a table with the share of sirv', () => {
  const table = formatLoadTable({ path, encoding: 'br', site: figures(3500), sirv: figures(4000) });
  expect(table).toContain('| preview server (`npm start`) | 3500 | 10.0 | 30.0 | 5000 | 0.88× |');
  expect(table).toContain('| sirv alone | 4000 | 10.0 | 30.0 | 5000 | 1.00× |');
});
