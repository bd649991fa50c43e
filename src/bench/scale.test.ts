import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  formatRoundRatios,
  formatScaleTable,
  msPerAddedPage,
  parseScaleSizes,
  renderStockConfig,
  renderSyntheticPage,
  SCALE_SIZES,
  summariseScale,
  syntheticPageFile,
  type ScaleBuild,
  type ScaleFigures,
} from './scale.ts';

/** Builds of both projects, both kinds, from `[added per language, site s, stock s]` rows. */
function figures(rows: [number, number, number][], rebuildFactor = 0.5): ScaleFigures {
  const builds: ScaleBuild[] = rows.flatMap(([addedPerLanguage, site, stock]) => [
    { project: 'site', kind: 'first', addedPerLanguage, round: 1, seconds: site },
    { project: 'stock', kind: 'first', addedPerLanguage, round: 1, seconds: stock },
    { project: 'site', kind: 'rebuild', addedPerLanguage, round: 1, seconds: site * rebuildFactor },
    { project: 'stock', kind: 'rebuild', addedPerLanguage, round: 1, seconds: stock },
  ]);
  return { languages: 2, builds };
}

test.each([
  [6.3, 44.6, 800, 47.875],
  [4.4, 11.4, 800, 8.75],
  [10, 10, 200, 0],
])('a build of %f s that grows to %f s with %i pages costs %f ms per page', (base, seconds, pages, ms) => {
  expect(msPerAddedPage(base, seconds, pages)).toBeCloseTo(ms, 6);
});

test('there is no cost per page without added pages', () => {
  expect(() => msPerAddedPage(4, 5, 0)).toThrow('No pages were added');
});

test('pairs the two projects by kind of build and pages added, against the baseline of the same kind', () => {
  const rows = summariseScale(
    figures([
      [0, 6.3, 4.4],
      [400, 44.6, 11.4],
    ]),
  );
  expect(rows.map(({ kind, addedPages }) => [kind, addedPages])).toEqual([
    ['first', 0],
    ['first', 800],
    ['rebuild', 0],
    ['rebuild', 800],
  ]);
  const [base, first, , rebuild] = rows;
  expect(base?.ratio).toBeUndefined();
  expect(first?.siteMsPerPage).toBeCloseTo(47.875, 6);
  expect(first?.stockMsPerPage).toBeCloseTo(8.75, 6);
  expect(first?.ratio).toBeCloseTo(5.471, 3);
  // The rebuild's baseline is the rebuild with none added: half the site's time here.
  expect(rebuild?.siteMsPerPage).toBeCloseTo(23.9375, 6);
});

test('gives no ratio when stock Starlight’s cost per page is lost in noise', () => {
  const rows = summariseScale(
    figures([
      [0, 6, 5],
      [100, 9, 4.9],
    ]),
  );
  expect(rows.find((row) => row.kind === 'first' && row.addedPages === 200)?.ratio).toBeUndefined();
});

test('leaves out a size one of the projects was not measured at', () => {
  const { languages, builds } = figures([
    [0, 6, 4],
    [100, 9, 5],
  ]);
  const rows = summariseScale({
    languages,
    builds: builds.filter((build) => !(build.project === 'stock' && build.addedPerLanguage === 100)),
  });
  expect(rows.map((row) => row.addedPages)).toEqual([0, 0]);
});

test('the ratio is this site’s cost per page over stock’s, whatever the times', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 1, max: 60, noNaN: true }),
      fc.double({ min: 0.001, max: 60, noNaN: true }),
      fc.double({ min: 1, max: 60, noNaN: true }),
      fc.double({ min: 0.001, max: 60, noNaN: true }),
      fc.integer({ min: 1, max: 1000 }),
      (siteBase, siteGrowth, stockBase, stockGrowth, added) => {
        const [, row] = summariseScale(
          figures([
            [0, siteBase, stockBase],
            [added, siteBase + siteGrowth, stockBase + stockGrowth],
          ]),
        );
        expect(row?.ratio).toBeCloseTo(siteGrowth / stockGrowth, 6);
      },
    ),
  );
});

/**
 * Rebuilds in rounds, from `[round, site base s, site with 400 per language s, stock base s, stock
 * with 400 s]` rows: two languages, so 800 added pages.
 */
function rounds(rows: [number, number, number, number, number][]): ScaleFigures {
  const builds: ScaleBuild[] = rows.flatMap(([round, siteBase, site, stockBase, stock]) => [
    { project: 'site', kind: 'rebuild', addedPerLanguage: 0, round, seconds: siteBase },
    { project: 'site', kind: 'rebuild', addedPerLanguage: 400, round, seconds: site },
    { project: 'stock', kind: 'rebuild', addedPerLanguage: 0, round, seconds: stockBase },
    { project: 'stock', kind: 'rebuild', addedPerLanguage: 400, round, seconds: stock },
  ]);
  return { languages: 2, builds };
}

test('each round’s added pages are costed against the baseline of the same round', () => {
  // Round 2 ran on a machine half again as slow: every build of it took 1.5× as long.
  const [, row] = summariseScale(
    rounds([
      [1, 3, 11, 1.5, 7.5],
      [2, 4.5, 16.5, 2.25, 11.25],
      [3, 3, 11, 1.5, 7.5],
    ]),
  );
  // 8 s over 800 pages against 6 s: the same 1.33× in every round.
  expect(row?.roundRatios?.map((ratio) => ratio.toFixed(3))).toEqual(['1.333', '1.333', '1.333']);
  expect(row?.ratio).toBeCloseTo(4 / 3, 6);
  expect(row?.siteMsPerPage).toBeCloseTo(10, 6);
  expect(row?.stockMsPerPage).toBeCloseTo(7.5, 6);
  // Costed against the fastest baseline, the slow round's site builds would cost 16.9 ms a page.
  expect(row?.siteSeconds).toBe(11);
});

test('the ratio is the median round’s, so one round slowed for one project does not decide it', () => {
  const [, row] = summariseScale(
    rounds([
      [1, 3, 11, 1.5, 7.5],
      [2, 3, 19, 1.5, 7.5],
      [3, 3, 10.2, 1.5, 7.5],
    ]),
  );
  expect(row?.roundRatios?.map((ratio) => ratio.toFixed(2))).toEqual(['1.33', '2.67', '1.20']);
  expect(row?.ratio).toBeCloseTo(4 / 3, 6);
});

test('a build missing from a round leaves that round out', () => {
  const { languages, builds } = rounds([
    [1, 3, 11, 1.5, 7.5],
    [2, 3, 19, 1.5, 7.5],
  ]);
  const [, row] = summariseScale({
    languages,
    builds: builds.filter(
      (build) => !(build.round === 2 && build.project === 'stock' && build.addedPerLanguage === 0),
    ),
  });
  expect(row?.roundRatios).toHaveLength(1);
  expect(row?.ratio).toBeCloseTo(4 / 3, 6);
});

test('no ratio when most rounds lose stock Starlight’s cost per page in noise', () => {
  const [, row] = summariseScale(
    rounds([
      [1, 3, 11, 1.5, 7.5],
      [2, 3, 11, 1.5, 1.4],
      [3, 3, 11, 1.5, 1.5],
    ]),
  );
  expect(row?.ratio).toBeUndefined();
});

test('every round’s ratio is said under the table, for rows measured in more than one round', () => {
  const text = formatRoundRatios(
    summariseScale(
      rounds([
        [1, 3, 11, 1.5, 7.5],
        [2, 3, 19, 1.5, 7.5],
        [3, 3, 10.2, 1.5, 7.5],
      ]),
    ),
  );
  expect(text).toBe(
    'Ratio round by round, rebuild, nothing changed with 800 added pages: 1.33×, 2.67×, 1.20× (the median is shown).',
  );
  expect(
    formatRoundRatios(
      summariseScale(
        figures([
          [0, 6, 4],
          [400, 30, 12],
        ]),
      ),
    ),
  ).toBe('');
});

test('the ratio is the same whatever pace each round ran at', () => {
  fc.assert(
    fc.property(
      fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: 1, maxLength: 7 }),
      fc.double({ min: 0.1, max: 20, noNaN: true }),
      fc.double({ min: 0.1, max: 20, noNaN: true }),
      (paces, siteGrowth, stockGrowth) => {
        const [, row] = summariseScale(
          rounds(
            paces.map((pace, index) => [
              index + 1,
              3 * pace,
              (3 + siteGrowth) * pace,
              1.5 * pace,
              (1.5 + stockGrowth) * pace,
            ]),
          ),
        );
        expect(row?.ratio).toBeCloseTo(siteGrowth / stockGrowth, 6);
      },
    ),
  );
});

test('lays the rows out as a table with a line per build', () => {
  const table = formatScaleTable(
    summariseScale(
      figures([
        [0, 6.3, 4.4],
        [400, 44.6, 11.4],
      ]),
    ),
  );
  const lines = table.split('\n');
  expect(lines).toHaveLength(6);
  expect(lines[0]).toMatch(/^\| build +\| +added pages \| this site \|/);
  expect(lines[1]).toMatch(/^\|:-+\|-+:\|/);
  expect(lines[3]).toMatch(
    /^\| first build +\| 800 \(400 per language\) \| +44\.6 s \| +11\.4 s \| +47\.9 ms \| +8\.8 ms \| 5\.47× \|$/,
  );
  expect(new Set(lines.map((line) => line.length)).size).toBe(1);
});

test.each([
  [[], [...SCALE_SIZES]],
  [
    ['400', '100'],
    [0, 100, 400],
  ],
  [
    ['0', '50', '50'],
    [0, 50],
  ],
])('reads the sizes %j as %j, the baseline always included', (args, sizes) => {
  expect(parseScaleSizes(args)).toEqual(sizes);
});

test.each([['ten'], ['-5'], ['1.5'], ['']])('refuses “%s” as a number of pages', (arg) => {
  expect(() => parseScaleSizes([arg])).toThrow('is not a number of pages');
});

test('every synthetic page has its own title and the same body, with links into its language', () => {
  const first = renderSyntheticPage('en', 1);
  const second = renderSyntheticPage('en', 2);
  expect(first).toMatch(/^---\ntitle: Synthetic page 1\n/);
  expect(second).toMatch(/^---\ntitle: Synthetic page 2\n/);
  const body = (page: string) => page.slice(page.indexOf('\n---\n'));
  expect(body(first)).toBe(body(second));
  expect(first).toContain('](/en/)');
  expect(renderSyntheticPage('es', 1)).toContain('](/es/)');
  expect(first.match(/^## /gm)).toHaveLength(6);
});

test.each([
  [1, 'bench/page-0001.mdx'],
  [400, 'bench/page-0400.mdx'],
])('puts synthetic page %i at %s, in the order of their numbers', (index, file) => {
  expect(syntheticPageFile(index)).toBe(file);
});

test('the stock project has Starlight’s defaults, the site’s two languages and its own cache', () => {
  const config = renderStockConfig('./.bench-cache/');
  expect(config).toContain("import starlight from '@astrojs/starlight';");
  expect(config).toContain('cacheDir: "./.bench-cache/"');
  expect(config).toContain("defaultLocale: 'es'");
  expect(config).toMatch(/es: \{ label: 'Español', lang: 'es' \}/);
  expect(config).toMatch(/en: \{ label: 'English', lang: 'en' \}/);
});
