import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
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
    { project: 'site', kind: 'first', addedPerLanguage, seconds: site },
    { project: 'stock', kind: 'first', addedPerLanguage, seconds: stock },
    { project: 'site', kind: 'rebuild', addedPerLanguage, seconds: site * rebuildFactor },
    { project: 'stock', kind: 'rebuild', addedPerLanguage, seconds: stock },
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
