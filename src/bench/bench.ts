/**
 * `npm run bench`: builds the site, serves `dist/` gzipped as a static host would, and measures
 * every page: Lighthouse's four scores (mobile), the JavaScript, CSS and HTML bytes before any
 * interaction, each island's own bytes, the bytes of a first search, the build time, and how long
 * the job-description reader takes over a 3,000-word text; the
 * preview server's throughput under load against sirv's (`load.ts`); and how the build time grows
 * with added pages against stock Starlight's (`scale-run.ts`).
 * Prints one table, writes `bench-results/bench.json`, and exits non-zero when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Page, type Request } from 'playwright-core';
import { headersLookup, parseHeadersFile } from '../site/security-headers.ts';
import { createStaticServer } from '../serve/static-server.ts';
import { findBrowser } from '../browser/find-browser.ts';
import { listPagePaths } from '../site/page-list.ts';
import { runLoadBench } from './load.ts';
import { formatRoundRatios, formatScaleTable, SCALE_SIZES, summariseScale } from './scale.ts';
import { measureScale } from './scale-run.ts';
import { measureReaderTime } from './reader-time.ts';
import {
  BUDGETS,
  findMissedBudgets,
  SCALE_BUDGET_NOTE,
  ISLANDS,
  LIGHTHOUSE_RUNS_WHEN_MISSED,
  meetsLighthouseBar,
  medianScores,
  meetsLighthouseBudget,
  type LighthouseScores,
  islandScripts,
  measureIslands,
  type BenchFigures,
  type PageFigures,
} from './budgets.ts';

const root = new URL('../../', import.meta.url);
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
let chromePath: string;
try {
  chromePath = findBrowser().path;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// CI may allow Lighthouse's performance score a point or two below 100: on a shared two-core
// machine it moves from run to run. Said in the output, never silently; `npm run bench` allows none.
const performanceSlack = Number(process.env.BENCH_PERFORMANCE_SLACK ?? 0);
if (!Number.isInteger(performanceSlack) || performanceSlack < 0 || performanceSlack > 5) {
  console.error(
    `BENCH_PERFORMANCE_SLACK must be a whole number from 0 to 5, not ${process.env.BENCH_PERFORMANCE_SLACK}.`,
  );
  process.exit(1);
}

// 1. Build, timed.
const started = performance.now();
const build = spawnSync(fileURLToPath(new URL('node_modules/.bin/astro', root)), ['build'], {
  cwd: fileURLToPath(root),
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

// 1b. The preview server under load against sirv (its own module: `npm run bench:load` runs it alone).
const load = await runLoadBench(fileURLToPath(new URL('dist/', root)), '/');

// 2. Serve dist/ with gzip and the build's own _headers.
const dist = fileURLToPath(new URL('dist/', root));
const rules = parseHeadersFile(readFileSync(new URL('dist/_headers', root), 'utf8'));
const server = createStaticServer({ root: dist, headersFor: headersLookup(rules) });
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://localhost:${(server.address() as AddressInfo).port}`;

/** The gzipped size of a built file, as a static host sends it. */
const gzipped = (pathname: string) => {
  const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  return gzipSync(readFileSync(new URL(`.${file}`, `file://${dist}`))).length;
};

// 3. Lighthouse on every page, one Chromium for all runs.
const paths = ['/', ...listPagePaths()];
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
const pages: PageFigures[] = [];
// Each page's runs, and how to run it again.
const measured = new Map<
  string,
  { audit: () => Promise<{ scores: LighthouseScores }>; runs: LighthouseScores[] }
>();
try {
  for (const path of paths) {
    const audit = async () => {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        // The language entry page sends a browser on at once; measure the page itself, as a crawler
        // or a reader without JavaScript gets it, not the page it redirects to.
        ...(path === '/' ? { blockedUrlPatterns: ['*/_astro/EntryLayout*'] } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      const scores: LighthouseScores = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      };
      return { lhr: result.lhr, scores };
    };
    const first = await audit();
    const { audits } = first.lhr;
    const runs = [first.scores];
    // A page below budget is measured again: the median of five runs is what the budget judges.
    while (!meetsLighthouseBudget(first.scores) && runs.length < LIGHTHOUSE_RUNS_WHEN_MISSED) {
      runs.push((await audit()).scores);
    }
    const requests = ((audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items ??
      []) as {
      url: string;
      resourceType?: string;
      transferSize?: number;
    }[];
    // Sizes of the files themselves, gzipped: Lighthouse's transfer sizes also count headers.
    const ownFiles = (type: string) =>
      requests
        .filter((request) => request.resourceType === type && new URL(request.url).origin === base)
        .map((request) => new URL(request.url).pathname);
    const bytesOf = (type: string) => ownFiles(type).reduce((sum, file) => sum + gzipped(file), 0);
    measured.set(path, { audit, runs });
    pages.push({
      path,
      ...medianScores(runs),
      runs: runs.length,
      jsBytes: bytesOf('Script'),
      cssBytes: bytesOf('Stylesheet'),
      htmlBytes: bytesOf('Document'),
      scripts: ownFiles('Script'),
    });
    const failing = Object.values(audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    if (failing.length && process.env.BENCH_VERBOSE) {
      console.error(`${path}: ${failing.map((audit) => audit.id).join(', ')}`);
    }
  }
  // A page whose median still misses its budget is measured again once every other page is done,
  // at another moment of the machine, and the median of all its runs is judged: more runs, none
  // left out.
  for (const page of pages) {
    const entry = measured.get(page.path);
    if (!entry || meetsLighthouseBar(page, performanceSlack)) continue;
    for (let run = 0; run < LIGHTHOUSE_RUNS_WHEN_MISSED; run++) entry.runs.push((await entry.audit()).scores);
    Object.assign(page, medianScores(entry.runs), { runs: entry.runs.length });
  }
} finally {
  chrome.kill();
}

// 4. The quiz island's own bytes, and a first search, measured in Playwright's Chromium.
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });

async function transferredWhile(page: Page, act: () => Promise<void>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const record = (request: Request) => {
    pending.push(
      request.sizes().then(({ responseBodySize }) => {
        sizes.set(request.url(), responseBodySize);
      }),
    );
  };
  page.on('requestfinished', record);
  await act();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // A request that finishes later is not part of the measure, and asking its sizes once the page
  // is closed would fail the whole benchmark.
  page.off('requestfinished', record);
  return sizes;
}

const islandBytes = measureIslands(pages, gzipped);

const firstSearchBytes: Record<string, number> = {};
for (const [lang, label, query] of [
  ['es', 'Buscar', 'estrategia'],
  ['en', 'Search', 'strategy'],
] as const) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/`);
  await page.waitForLoadState('networkidle');
  const sizes = await transferredWhile(page, async () => {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('dialog').getByRole('textbox').fill(query);
    await page.getByRole('dialog').locator('.pagefind-ui__result').first().waitFor();
  });
  firstSearchBytes[lang] = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  await context.close();
}
await browser.close();
server.close();

// 5. How the build grows with added pages, against stock Starlight: builds of temporary copies,
// last, so that they do not load the machine while Lighthouse measures (`npm run bench:scale` runs it alone).
console.error(
  `Scale: building the site and stock Starlight with ${SCALE_SIZES.join(', ')} pages added per language…`,
);
const scale = await measureScale(SCALE_SIZES, (message) => console.error(`  ${message}`));

// 6. The job-description reader over a 3,000-word text, on this machine, in Node's V8.
const reader = measureReaderTime();

// 7. Report.
const figures: BenchFigures = {
  pages,
  islandBytes,
  firstSearchBytes,
  buildSeconds,
  scale,
  readerMs: reader.ms,
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = pages.map((page) => [
  page.path,
  page.performance,
  page.accessibility,
  page.bestPractices,
  page.seo,
  kb(page.jsBytes),
  kb(page.cssBytes),
  kb(page.htmlBytes),
  page.runs,
]);
const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'JS gzip', 'CSS gzip', 'HTML gzip', 'runs'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
const line = (cells: (string | number)[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join(' | ')} |`;
console.log(line(header));
console.log(
  `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
);
for (const row of rows) console.log(line(row));
console.log(
  `Scores are one Lighthouse run (mobile); a page below ${BUDGETS.lighthouse} on it is run ${LIGHTHOUSE_RUNS_WHEN_MISSED} times in all and shows the median; a page whose median still misses its budget is run ${LIGHTHOUSE_RUNS_WHEN_MISSED} times more after the others, and shows the median of all its runs.\n`,
);
for (const [id, bytes] of Object.entries(islandBytes) as [keyof typeof ISLANDS, number][]) {
  const scripts = [
    ...new Set(pages.filter((page) => ISLANDS[id].pages.test(page.path)).flatMap(islandScripts)),
  ];
  console.log(
    `The ${id} island's own JavaScript: ${bytes} B gzip (budget ${ISLANDS[id].bytes} B): ${scripts.join(', ')}`,
  );
}
console.log(
  `First search: ${Object.entries(firstSearchBytes)
    .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
    .join(', ')} fetched`,
);
console.log(`Build: ${buildSeconds.toFixed(1)} s`);
console.log(
  `Job-description reader: ${reader.ms.toFixed(1)} ms to read ${reader.words} words (median of 25 runs; budget ${BUDGETS.readerMs} ms)`,
);
console.log(`\n${load.table}`);
const scaleRows = summariseScale(scale);
console.log(
  `\nBuild time as pages are added, against stock Starlight with the same pages:\n${formatScaleTable(scaleRows)}\n${formatRoundRatios(scaleRows)}\n${SCALE_BUDGET_NOTE}`,
);

mkdirSync(new URL('bench-results/', root), { recursive: true });
writeFileSync(new URL('bench-results/bench.json', root), `${JSON.stringify(figures, null, 2)}\n`);

if (performanceSlack > 0) {
  const within = findMissedBudgets(figures).filter(
    (miss) => !findMissedBudgets(figures, performanceSlack).includes(miss),
  );
  console.log(
    `\nBENCH_PERFORMANCE_SLACK=${performanceSlack}: Lighthouse performance may be ${BUDGETS.lighthouse - performanceSlack} for this run. Below ${BUDGETS.lighthouse} but within it: ${within.length ? within.join('; ') : 'none'}.`,
  );
}
const missed = [...findMissedBudgets(figures, performanceSlack), ...load.missed];
if (missed.length > 0) {
  console.error(`\n${missed.length} budget(s) missed:`);
  for (const miss of missed) console.error(`  ${miss}`);
  process.exit(1);
}
console.log('\nAll budgets hold.');
