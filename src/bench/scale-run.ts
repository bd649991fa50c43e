/**
 * The scale run: builds a temporary copy of the site with synthetic pages added in every language,
 * and a minimal stock Starlight project with the same pages from the same `node_modules`: a first
 * build with empty caches, then rebuilds with nothing changed, and times every build.
 * `npm run bench` runs it as part of the benchmark; `npm run bench:scale [sizes…]` runs it alone,
 * prints the table and exits non-zero when the scale budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../site/languages.ts';
import { findMissedScaleBudgets, SCALE_BUDGET_NOTE } from './budgets.ts';
import {
  BUILD_KINDS,
  formatRoundRatios,
  formatScaleTable,
  parseScaleSizes,
  renderStockConfig,
  renderSyntheticPage,
  SCALE_PROJECTS,
  summariseScale,
  syntheticPageFile,
  type BuildKind,
  type ScaleBuild,
  type ScaleFigures,
  type ScaleProject,
} from './scale.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
// Folders of the working copy a build neither reads nor needs.
const LEFT_OUT = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  'bench-results',
  'test-results',
  'playwright-report',
]);
// Each copy keeps Astro's caches, the social card cache among them, to itself: the first build
// starts with none, and the working copy's own are left alone.
const CACHE_DIR = './.bench-cache/';
const SITE_CONFIG = 'bench.config.mjs';
// A rebuild can run again without changing what it measures: five rounds, each rebuilding every
// size of both projects, and the median round is the figure. A first build runs once, as only the
// first one is cold.
const ROUNDS = { first: 1, rebuild: 5 } as const satisfies Record<BuildKind, number>;
const STOCK_DEPENDENCIES = ['astro', '@astrojs/starlight', 'sharp'];
// The scratch folders sit in the site's tree, outside `node_modules`: Astro takes a module outside
// a project's root that shares no folder with it for a path relative to the root (so the linked
// `node_modules` would not resolve from the system's temporary folder), and Vite takes any file
// under a `node_modules` folder for a dependency.
const SCRATCH = join(root, 'bench-results/scale/');
// Each build's own log, kept to see where a build's time went.
const LOGS = join(root, 'bench-results/scale-logs/');

async function writePages(docsDir: string, addedPerLanguage: number): Promise<void> {
  for (const lang of LANGUAGES) {
    await mkdir(join(docsDir, lang, 'bench'), { recursive: true });
    for (let index = 1; index <= addedPerLanguage; index++) {
      await writeFile(join(docsDir, lang, syntheticPageFile(index)), renderSyntheticPage(lang, index));
    }
  }
}

/** Copies the site into `dir` with the synthetic pages added; returns the config to build it with. */
async function prepareSite(dir: string, addedPerLanguage: number): Promise<string> {
  for (const entry of await readdir(root)) {
    if (!LEFT_OUT.has(entry)) await cp(join(root, entry), join(dir, entry), { recursive: true });
  }
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writePages(join(dir, 'content/docs'), addedPerLanguage);
  await writeFile(
    join(dir, SITE_CONFIG),
    `import config from './astro.config.mjs';

export default {
  ...config,
  cacheDir: ${JSON.stringify(CACHE_DIR)},
};
`,
  );
  return SITE_CONFIG;
}

/** Writes a minimal stock Starlight project into `dir` with the same pages; returns its config. */
async function prepareStock(dir: string, addedPerLanguage: number): Promise<string> {
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The same versions as the site's; Astro also reads a project's dependencies to know which
  // packages (Starlight) its build must bundle rather than load as they are.
  const { dependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const stockDependencies = Object.fromEntries(
    STOCK_DEPENDENCIES.map((name) => [name, dependencies[name] ?? 'missing from the site']),
  );
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ type: 'module', private: true, dependencies: stockDependencies }, null, 2)}\n`,
  );
  await writeFile(join(dir, 'astro.config.mjs'), renderStockConfig(CACHE_DIR));
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docsDir = join(dir, 'src/content/docs');
  for (const lang of LANGUAGES) {
    await mkdir(join(docsDir, lang), { recursive: true });
    await writeFile(
      join(docsDir, lang, 'index.mdx'),
      `---\ntitle: Stock Starlight (${lang})\n---\n\nHome.\n`,
    );
  }
  await writePages(docsDir, addedPerLanguage);
  return 'astro.config.mjs';
}

async function timeBuild(dir: string, config: string, log: string): Promise<number> {
  const started = performance.now();
  const build = spawnSync(process.execPath, [astro, 'build', '--config', config], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  await mkdir(LOGS, { recursive: true });
  await writeFile(join(LOGS, log), `${build.stdout}\n${build.stderr}`);
  if (build.status !== 0) {
    throw new Error(
      `The build in ${dir} failed (${build.status ?? build.signal}):\n${build.stderr}\n${build.stdout}`,
    );
  }
  return seconds;
}

/**
 * Builds both projects with each number of added pages per language: a first build of every
 * folder, then rounds of rebuilds. A round rebuilds every size of both projects, the two taking
 * turns size after size and starting in turn round after round (site first, then stock first), so
 * that each round's builds, baselines included, ran on the machine as it was then; `log` hears of
 * each series of builds.
 */
export async function measureScale(
  sizes: readonly number[],
  log: (message: string) => void = () => {},
): Promise<ScaleFigures> {
  const builds: ScaleBuild[] = [];
  const prepare: Record<ScaleProject, typeof prepareSite> = { site: prepareSite, stock: prepareStock };
  await mkdir(SCRATCH, { recursive: true });
  const folders: { project: ScaleProject; addedPerLanguage: number; dir: string; config: string }[] = [];
  try {
    for (const addedPerLanguage of sizes) {
      for (const project of SCALE_PROJECTS) {
        const dir = await mkdtemp(join(SCRATCH, `${project}-${addedPerLanguage}-`));
        // Known before it is filled, so that a copy that fails half-way is removed too.
        const folder = { project, addedPerLanguage, dir, config: '' };
        folders.push(folder);
        folder.config = await prepare[project](dir, addedPerLanguage);
      }
    }
    for (const kind of BUILD_KINDS) {
      for (let round = 1; round <= ROUNDS[kind]; round++) {
        const order = round % 2 === 1 ? SCALE_PROJECTS : [...SCALE_PROJECTS].reverse();
        for (const addedPerLanguage of sizes) {
          for (const project of order) {
            const { dir, config } = folders.find(
              (folder) => folder.project === project && folder.addedPerLanguage === addedPerLanguage,
            )!;
            const logFile = `${project}-${addedPerLanguage}-${kind}-${round}.log`;
            const seconds = await timeBuild(dir, config, logFile);
            builds.push({ project, kind, addedPerLanguage, round, seconds });
          }
        }
      }
      for (const addedPerLanguage of sizes) {
        for (const project of SCALE_PROJECTS) {
          const seconds = builds
            .filter((build) => build.kind === kind && build.project === project)
            .filter((build) => build.addedPerLanguage === addedPerLanguage)
            .map((build) => `${build.seconds.toFixed(1)} s`);
          log(`${project}, ${addedPerLanguage} pages added per language, ${kind}: ${seconds.join(', ')}`);
        }
      }
    }
  } finally {
    for (const { dir } of folders) await rm(dir, { recursive: true, force: true });
  }
  return { languages: LANGUAGES.length, builds };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let sizes: number[];
  try {
    sizes = parseScaleSizes(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const figures = await measureScale(sizes, (message) => console.error(message));
  const rows = summariseScale(figures);
  console.log(formatScaleTable(rows));
  console.log(formatRoundRatios(rows));
  console.log(SCALE_BUDGET_NOTE);
  const missed = findMissedScaleBudgets(figures);
  if (missed.length > 0) {
    console.error(`\n${missed.length} budget(s) missed:`);
    for (const miss of missed) console.error(`  ${miss}`);
    process.exit(1);
  }
  console.log('\nThe scale budget holds.');
}
