/**
 * How the build's time grows as pages are added, against stock Starlight built from the same
 * dependencies with the same pages. Pure: `scale-run.ts` builds and times, this module writes the
 * synthetic pages, computes the cost of each added page and lays out the table.
 */

import { median } from './load-budget.ts';

/** Pages added per language in the measured builds; the first, 0, is the baseline. */
export const SCALE_SIZES = [0, 100, 400] as const;

/** The two projects the scale run builds. */
export const SCALE_PROJECTS = ['site', 'stock'] as const;

/** This site, or a minimal stock Starlight project with the same pages. */
export type ScaleProject = (typeof SCALE_PROJECTS)[number];

/** The two builds of each folder: the first, with empty caches, then again with nothing changed. */
export const BUILD_KINDS = ['first', 'rebuild'] as const;

/** A first build in a fresh folder, or a rebuild of the same folder with nothing changed. */
export type BuildKind = (typeof BUILD_KINDS)[number];

/** One timed build. */
export interface ScaleBuild {
  project: ScaleProject;
  kind: BuildKind;
  /** Synthetic pages added in each language. */
  addedPerLanguage: number;
  /**
   * Which round of builds it belongs to, from 1: a round builds every size of both projects, one
   * after the other, so that the builds of a round ran on the machine as it was then.
   */
  round: number;
  /** Wall-clock time of `astro build`. */
  seconds: number;
}

/** Everything a scale run measured. */
export interface ScaleFigures {
  /** How many languages each synthetic page is added in. */
  languages: number;
  builds: ScaleBuild[];
}

/**
 * One line of the scale table: both projects, one kind of build, one number of added pages. Each
 * figure is the median of the rounds'.
 */
export interface ScaleRow {
  kind: BuildKind;
  addedPerLanguage: number;
  /** Added pages in all languages. */
  addedPages: number;
  siteSeconds: number;
  stockSeconds: number;
  /** What each added page cost, against the same kind of build with none added; absent on the baseline. */
  siteMsPerPage?: number;
  stockMsPerPage?: number;
  /** This site's cost per added page over stock Starlight's. */
  ratio?: number;
  /** Each round's ratio, in round order: how far apart the rounds were. */
  roundRatios?: number[];
}

/** The cost of each added page in milliseconds: the extra build time over the baseline, shared out. */
export function msPerAddedPage(baselineSeconds: number, seconds: number, addedPages: number): number {
  if (addedPages <= 0) throw new Error(`No pages were added (${addedPages}): there is no cost per page.`);
  return ((seconds - baselineSeconds) * 1000) / addedPages;
}

/**
 * Pairs the builds of the two projects into rows, by kind of build and number of added pages.
 * Costs per added page are worked out round by round, against the baseline (no added pages) of the
 * same kind built in the same round, and so is the ratio: a machine that runs slower for a while
 * slows a whole round, the baseline with it, rather than making the builds with added pages look
 * dearer than a baseline measured when it ran fast. A row shows the median of its rounds.
 */
export function summariseScale({ languages, builds }: ScaleFigures): ScaleRow[] {
  const find = (project: ScaleProject, kind: BuildKind, added: number, round: number) =>
    builds.find(
      (build) =>
        build.project === project &&
        build.kind === kind &&
        build.addedPerLanguage === added &&
        build.round === round,
    )?.seconds;
  const sizes = [...new Set(builds.map((build) => build.addedPerLanguage))].sort((a, b) => a - b);
  const rows: ScaleRow[] = [];
  for (const kind of BUILD_KINDS) {
    const rounds = [
      ...new Set(builds.filter((build) => build.kind === kind).map((build) => build.round)),
    ].sort((a, b) => a - b);
    for (const added of sizes) {
      const addedPages = added * languages;
      const site: number[] = [];
      const stock: number[] = [];
      const siteCosts: number[] = [];
      const stockCosts: number[] = [];
      const ratios: number[] = [];
      for (const round of rounds) {
        const siteSeconds = find('site', kind, added, round);
        const stockSeconds = find('stock', kind, added, round);
        if (siteSeconds === undefined || stockSeconds === undefined) continue;
        site.push(siteSeconds);
        stock.push(stockSeconds);
        const siteBase = find('site', kind, 0, round);
        const stockBase = find('stock', kind, 0, round);
        if (added === 0 || siteBase === undefined || stockBase === undefined) continue;
        const siteCost = msPerAddedPage(siteBase, siteSeconds, addedPages);
        const stockCost = msPerAddedPage(stockBase, stockSeconds, addedPages);
        siteCosts.push(siteCost);
        stockCosts.push(stockCost);
        // A stock cost at or under zero is noise swamping the measure, not a free page: no ratio.
        if (stockCost > 0) ratios.push(siteCost / stockCost);
      }
      if (site.length === 0) continue;
      const row: ScaleRow = {
        kind,
        addedPerLanguage: added,
        addedPages,
        siteSeconds: median(site),
        stockSeconds: median(stock),
      };
      if (siteCosts.length > 0) {
        row.siteMsPerPage = median(siteCosts);
        row.stockMsPerPage = median(stockCosts);
        // Most rounds must give a ratio: one lucky round of many lost in noise is no measure.
        if (ratios.length > siteCosts.length / 2) {
          row.ratio = median(ratios);
          row.roundRatios = ratios;
        }
      }
      rows.push(row);
    }
  }
  return rows;
}

const KIND_LABELS = {
  first: 'first build',
  rebuild: 'rebuild, nothing changed',
} as const satisfies Record<BuildKind, string>;

/** Lays the rows out as a Markdown table, as the bench prints it. */
export function formatScaleTable(rows: readonly ScaleRow[]): string {
  const header = [
    'build',
    'added pages',
    'this site',
    'stock Starlight',
    'this site per added page',
    'stock per added page',
    'ratio',
  ];
  const ms = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(1)} ms`);
  const cells = rows.map((row) => [
    KIND_LABELS[row.kind],
    `${row.addedPages} (${row.addedPerLanguage} per language)`,
    `${row.siteSeconds.toFixed(1)} s`,
    `${row.stockSeconds.toFixed(1)} s`,
    ms(row.siteMsPerPage),
    ms(row.stockMsPerPage),
    row.ratio === undefined ? (row.addedPages > 0 ? 'n/a' : '') : `${row.ratio.toFixed(2)}×`,
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}

/**
 * Says, under the table, each round's ratio for every row that has one: how much the machine moved
 * the measure while it ran.
 */
export function formatRoundRatios(rows: readonly ScaleRow[]): string {
  return rows
    .filter((row) => row.roundRatios !== undefined && row.roundRatios.length > 1)
    .map(
      (row) =>
        `Ratio round by round, ${KIND_LABELS[row.kind]} with ${row.addedPages} added pages: ` +
        `${row.roundRatios!.map((ratio) => `${ratio.toFixed(2)}×`).join(', ')} (the median is shown).`,
    )
    .join('\n');
}

/**
 * Reads the numbers of added pages per language from the command line (`0 100 400`), the
 * default sizes when none are given. The baseline, 0, is always measured.
 */
export function parseScaleSizes(args: readonly string[]): number[] {
  if (args.length === 0) return [...SCALE_SIZES];
  const sizes = args.map((arg) => {
    if (!/^\d+$/.test(arg)) {
      throw new Error(`“${arg}” is not a number of pages: give whole numbers, e.g. \`0 100 400\`.`);
    }
    return Number(arg);
  });
  return [...new Set([0, ...sizes])].sort((a, b) => a - b);
}

const SECTIONS = [
  'Where the role sits',
  'What the role is measured on',
  'A typical week',
  'Who the role works with',
  'When a company needs it',
  'How to hire for it',
];

const PARAGRAPH =
  'A revenue leader answers for the number, but the number is the end of a long chain: the market the company chooses, the promise it makes, the people who carry that promise to buyers and the customers who stay. Each link has an owner, and the question a board asks is which of them the leader owns outright, which they shape through others, and which they only watch. Titles differ from one company to the next, so the work itself is the better guide.';

/**
 * The MDX source of the `index`th synthetic page in a language: a title of its own, then the
 * same article body on every page (sections, lists, a table, a quotation and links), about the
 * length of one of the site's articles. Plain Markdown, so stock Starlight renders it as the site does.
 */
export function renderSyntheticPage(lang: string, index: number): string {
  const body = SECTIONS.map(
    (heading, section) => `## ${heading}

${PARAGRAPH}

${section % 2 === 0 ? PARAGRAPH : `> ${PARAGRAPH}`}

- **Scope:** the teams, channels and stages of the customer's life the role answers for.
- **Measures:** bookings, retention, expansion and the cost of winning each customer.
- **Horizon:** this quarter's forecast, and the plan for the next three years.

${section === 2 ? `| Day | Focus |\n| --- | --- |\n| Monday | Forecast review |\n| Wednesday | Deals at risk |\n| Friday | Hiring and coaching |\n` : ''}
See [the home page](/${lang}/) for where this guide starts.
`,
  ).join('\n');
  return `---
title: Synthetic page ${index}
description: A page the benchmark adds to measure what each page costs the build.
---

${PARAGRAPH}

${body}`;
}

/** The file a synthetic page is written to, under a language's docs folder. */
export function syntheticPageFile(index: number): string {
  return `bench/page-${String(index).padStart(4, '0')}.mdx`;
}

/**
 * The `astro.config.mjs` of the stock Starlight project: Starlight with its defaults, the site's
 * two languages, and a sidebar of one link, as the site's sidebar leaves the added pages out.
 */
export function renderStockConfig(cacheDir: string): string {
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: ${JSON.stringify(cacheDir)},
  integrations: [
    starlight({
      title: 'Stock Starlight',
      defaultLocale: 'es',
      locales: {
        es: { label: 'Español', lang: 'es' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [{ label: 'Home', translations: { es: 'Inicio' }, link: '/' }],
    }),
  ],
});
`;
}
