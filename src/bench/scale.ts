/**
 * How the build's time grows as pages are added, against stock Starlight built from the same
 * dependencies with the same pages. Pure: `scale-run.ts` builds and times, this module writes the
 * synthetic pages, computes the cost of each added page and lays out the table.
 */

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
  /** Wall-clock time of `astro build`. */
  seconds: number;
}

/** Everything a scale run measured. */
export interface ScaleFigures {
  /** How many languages each synthetic page is added in. */
  languages: number;
  builds: ScaleBuild[];
}

/** One line of the scale table: both projects, one kind of build, one number of added pages. */
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
}

/** The cost of each added page in milliseconds: the extra build time over the baseline, shared out. */
export function msPerAddedPage(baselineSeconds: number, seconds: number, addedPages: number): number {
  if (addedPages <= 0) throw new Error(`No pages were added (${addedPages}): there is no cost per page.`);
  return ((seconds - baselineSeconds) * 1000) / addedPages;
}

/**
 * Pairs the builds of the two projects into rows, by kind of build and number of added pages, each
 * with its cost per added page against the baseline (no added pages) of the same kind.
 */
export function summariseScale({ languages, builds }: ScaleFigures): ScaleRow[] {
  const find = (project: ScaleProject, kind: BuildKind, added: number) =>
    builds.find(
      (build) => build.project === project && build.kind === kind && build.addedPerLanguage === added,
    )?.seconds;
  const sizes = [...new Set(builds.map((build) => build.addedPerLanguage))].sort((a, b) => a - b);
  const rows: ScaleRow[] = [];
  for (const kind of BUILD_KINDS) {
    const siteBase = find('site', kind, 0);
    const stockBase = find('stock', kind, 0);
    for (const added of sizes) {
      const siteSeconds = find('site', kind, added);
      const stockSeconds = find('stock', kind, added);
      if (siteSeconds === undefined || stockSeconds === undefined) continue;
      const row: ScaleRow = {
        kind,
        addedPerLanguage: added,
        addedPages: added * languages,
        siteSeconds,
        stockSeconds,
      };
      if (added > 0 && siteBase !== undefined && stockBase !== undefined) {
        row.siteMsPerPage = msPerAddedPage(siteBase, siteSeconds, row.addedPages);
        row.stockMsPerPage = msPerAddedPage(stockBase, stockSeconds, row.addedPages);
        // A stock cost at or under zero is noise swamping the measure, not a free page: no ratio.
        if (row.stockMsPerPage > 0) row.ratio = row.siteMsPerPage / row.stockMsPerPage;
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
