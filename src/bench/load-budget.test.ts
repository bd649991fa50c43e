import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  combineRounds,
  findMissedLoadBudget,
  formatLoadTable,
  LOAD_BUDGET,
  median,
  roundShares,
  type LoadComparison,
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
/** One round of each server at these throughputs. */
const compare = (site: LoadFigures, sirv: LoadFigures): LoadComparison => ({
  path,
  encoding: 'br',
  site,
  sirv,
  shares: roundShares([site], [sirv]),
});

test.each([
  [4000, 4000, 0],
  [3200, 4000, 0],
  [3199, 4000, 1],
  [863, 3821, 1],
  [5000, 4000, 0],
])('the preview server at %d req/s against sirv at %d misses %d budget', (site, sirv, count) => {
  expect(findMissedLoadBudget(compare(figures(site), figures(sirv)))).toHaveLength(count);
});

test('says by how much a budget is missed', () => {
  expect(findMissedLoadBudget(compare(figures(863), figures(3821)))).toEqual([
    `${path}: the preview server answers 863 req/s to sirv's 3821, a median share of 0.23× over 1 rounds (budget ≥ 0.8×)`,
  ]);
});

test('misses the budget when either server gave errors or answers other than 200', () => {
  const missed = findMissedLoadBudget(compare(figures(4000, { non2xx: 3 }), figures(4000, { errors: 1 })));
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
        const missed = findMissedLoadBudget(compare(figures(sirv * share), figures(sirv)));
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

test("writes a table with the median share of sirv, and every round's share", () => {
  const site = [figures(3000), figures(3600), figures(2000)];
  const sirv = [figures(4000), figures(4000), figures(4000)];
  const table = formatLoadTable({
    path,
    encoding: 'br',
    site: combineRounds(site),
    sirv: combineRounds(sirv),
    shares: roundShares(site, sirv),
  });
  expect(table).toContain('| preview server (`npm start`) | 2867 | 10.0 | 30.0 | 5000 | 0.75× |');
  expect(table).toContain('| sirv alone | 4000 | 10.0 | 30.0 | 5000 | 1.00× |');
  expect(table).toContain('Share of sirv round by round: 0.75×, 0.90×, 0.50×; the median is judged');
});

test('one slow round does not decide: the median share is judged', () => {
  const site = [figures(3600), figures(1000), figures(3400)];
  const sirv = [figures(4000), figures(4000), figures(4000)];
  const comparison: LoadComparison = {
    path,
    encoding: 'br',
    site: combineRounds(site),
    sirv: combineRounds(sirv),
    shares: roundShares(site, sirv),
  };
  // The mean throughput is 0.67× sirv's, the median round 0.85×.
  expect(findMissedLoadBudget(comparison)).toEqual([]);
  const twoSlow = roundShares([figures(3600), figures(1000), figures(1200)], sirv);
  expect(findMissedLoadBudget({ ...comparison, shares: twoSlow })).toHaveLength(1);
});

test('pairs rounds in order, and refuses rounds that do not pair up', () => {
  expect(roundShares([figures(100), figures(300)], [figures(200), figures(300)])).toEqual([0.5, 1]);
  expect(roundShares([figures(100)], [figures(0)])).toEqual([0]);
  expect(() => roundShares([figures(100)], [])).toThrow(
    'Rounds must pair up: 1 of the preview server, 0 of sirv.',
  );
});

test('the median of odd and even counts', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBe(0);
});
