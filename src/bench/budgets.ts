/**
 * The site's speed, size and quality budgets, and the check of measured figures against them.
 * Pure: the bench measures, this module judges.
 */
import { summariseScale, type ScaleFigures } from './scale.ts';

/** What the bench measured on one page. */
export interface PageFigures {
  path: string;
  /** Lighthouse scores, 0–100, mobile. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Bytes on the wire (gzip) before any interaction. */
  jsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  /** The script files the page loads before any interaction. */
  scripts: string[];
  /** How many Lighthouse runs the scores are the median of: 1, or 5 when the first missed. */
  runs: number;
}

/** Lighthouse's four categories, as the bench names them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'bestPractices', 'seo'] as const;

/** One of Lighthouse's four categories. */
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** Lighthouse's four scores of one run. */
export type LighthouseScores = Record<LighthouseCategory, number>;

/** How many runs a page below budget gets in all: its score is their median. */
export const LIGHTHOUSE_RUNS_WHEN_MISSED = 5;

/** Whether one run's scores all reach the budget. */
export function meetsLighthouseBudget(scores: LighthouseScores): boolean {
  return LIGHTHOUSE_CATEGORIES.every((category) => scores[category] >= BUDGETS.lighthouse);
}

/**
 * Whether scores reach the bar the budget judges them by: 100 in every category, or, for
 * performance alone, `performanceSlack` points less (see `findMissedBudgets`).
 */
export function meetsLighthouseBar(scores: LighthouseScores, performanceSlack = 0): boolean {
  return LIGHTHOUSE_CATEGORIES.every(
    (category) =>
      scores[category] >= BUDGETS.lighthouse - (category === 'performance' ? performanceSlack : 0),
  );
}

/**
 * The median of each category over several runs. Lighthouse's scores vary from run to run on a
 * shared machine (its own guidance is to take the median of several), so a page below budget on
 * its first run is measured again, and the median, not the best run, is what the budget judges.
 */
export function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  if (runs.length === 0) throw new Error('No Lighthouse run to take the median of.');
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  };
  return Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((category) => [category, median(runs.map((run) => run[category]))]),
  ) as LighthouseScores;
}

/** Everything the bench measured. */
export interface BenchFigures {
  pages: PageFigures[];
  /** Gzipped bytes of each island: what its pages load that reading pages do not. */
  islandBytes: Record<IslandId, number>;
  /** Bytes fetched by a first search, per language. */
  firstSearchBytes: Record<string, number>;
  buildSeconds: number;
  /** How the build time grows with added pages, against stock Starlight. */
  scale: ScaleFigures;
  /** Milliseconds the job-description reader takes over a 3,000-word job description (a median). */
  readerMs: number;
}

/** The budgets. */
export const BUDGETS = {
  /** Every Lighthouse category, on every page. */
  lighthouse: 100,
  /** What an added page may cost a rebuild, over what it costs stock Starlight's, at the most pages measured. */
  scaleRatio: 1.5,
  /** Milliseconds the job-description reader may take over a 3,000-word job description. */
  readerMs: 50,
} as const;

/**
 * The pages allowed scripts of their own, their islands, and what each island may add to a page,
 * gzipped: the quiz, the role briefs (which share the quiz's module: see BriefIntro.astro), and
 * the job-description reader.
 */
export const ISLANDS = {
  quiz: { pages: /^\/(es|en)\/quiz\/$/, bytes: 4 * 1024 },
  brief: { pages: /^\/(es|en)\/brief\/(cso|cro)\/$/, bytes: 6 * 1024 },
  jobDescription: { pages: /^\/(es|en)\/job-description\/$/, bytes: 8 * 1024 },
} as const satisfies Record<string, { pages: RegExp; bytes: number }>;

/** One of the site's islands. */
export type IslandId = keyof typeof ISLANDS;

/** The island whose pages a path is, if any. */
export function islandOf(path: string): IslandId | undefined {
  return (Object.keys(ISLANDS) as IslandId[]).find((id) => ISLANDS[id].pages.test(path));
}

/**
 * The scripts a reading page may load, by the source they are built from (Astro names each chunk
 * after it): Starlight's own components, the site's replacements of three of them (search, theme
 * picker, with the storage wrapper they share, and the language link, which keeps the reader's
 * place), and the language entry page's redirect.
 */
export const READING_PAGE_SCRIPTS = [
  'Page.astro',
  'PageFrame.astro',
  'TableOfContents.astro',
  'MobileTableOfContents.astro',
  'starlight-toc',
  'Search.astro',
  'ThemeSelect.astro',
  'LanguageSwitch.astro',
  'safe-storage',
  'EntryLayout.astro',
] as const;

const isAllowed = (script: string, allowed: readonly string[]) => {
  const file = script.split('/').at(-1) ?? '';
  return allowed.some((source) => file.startsWith(`${source}_`) || file.startsWith(`${source}.`));
};

/** The scripts a page loads beyond what a reading page may: its island's, if it has one. */
export function islandScripts(page: Pick<PageFigures, 'scripts'>): string[] {
  return page.scripts.filter((script) => !isAllowed(script, READING_PAGE_SCRIPTS));
}

/** Weighs each island: the most, gzipped, that any of its pages adds to what reading pages load. */
export function measureIslands(
  pages: readonly Pick<PageFigures, 'path' | 'scripts'>[],
  gzipped: (script: string) => number,
): Record<IslandId, number> {
  const bytes = Object.fromEntries(Object.keys(ISLANDS).map((id) => [id, 0])) as Record<IslandId, number>;
  for (const page of pages) {
    const id = islandOf(page.path);
    if (!id) continue;
    const total = islandScripts(page).reduce((sum, script) => sum + gzipped(script), 0);
    bytes[id] = Math.max(bytes[id], total);
  }
  return bytes;
}

/**
 * Lists every budget the figures miss, in words; an empty list means all budgets hold.
 * `performanceSlack` (points, 0 by default) lowers the bar for Lighthouse's performance score
 * alone, the one score that moves with how busy the machine is; the other three never move.
 */
export function findMissedBudgets(figures: BenchFigures, performanceSlack = 0): string[] {
  const missed: string[] = [];
  for (const page of figures.pages) {
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const bar = BUDGETS.lighthouse - (category === 'performance' ? performanceSlack : 0);
      if (page[category] < bar) {
        missed.push(`${page.path}: Lighthouse ${category} ${page[category]} < ${bar}`);
      }
    }
    const extra = islandScripts(page);
    if (extra.length > 0 && !islandOf(page.path))
      missed.push(`${page.path}: loads scripts beyond Starlight's own: ${extra.join(', ')}`);
  }
  for (const id of Object.keys(ISLANDS) as IslandId[]) {
    if (figures.islandBytes[id] > ISLANDS[id].bytes) {
      missed.push(`${id} island: ${figures.islandBytes[id]} B gzip > ${ISLANDS[id].bytes} B`);
    }
  }
  if (figures.readerMs > BUDGETS.readerMs) {
    missed.push(
      `job-description reader: ${figures.readerMs.toFixed(1)} ms over a 3,000-word text > ${BUDGETS.readerMs} ms`,
    );
  }
  return [...missed, ...findMissedScaleBudgets(figures.scale)];
}

/** Says under the scale table which of its figures the budget judges. */
export const SCALE_BUDGET_NOTE = `The budget judges the rebuild with the most pages added: at most ${BUDGETS.scaleRatio}× stock Starlight's cost per page (the median of five rounds; a round rebuilds every size of both projects, taking turns, and its cost per page is measured against its own baseline). First builds are shown, not judged: they draw every social card and brotli-compress every page, which stock Starlight does not do.`;

/**
 * Lists the scale budget the figures miss: at the most pages added, a rebuild with nothing changed
 * may cost at most `scaleRatio` times what stock Starlight's costs per added page. The budget
 * judges the rebuild, the build a writer or a CI with its cache kept runs: a first build draws
 * every social card and brotli-compresses every page, work stock Starlight does not do at all, and
 * its figures are shown beside the rebuild's, not hidden.
 */
export function findMissedScaleBudgets(scale: ScaleFigures): string[] {
  const rows = summariseScale(scale).filter((row) => row.kind === 'rebuild');
  const most = Math.max(0, ...rows.map((row) => row.addedPages));
  if (most === 0) return ['scale: no rebuild with added pages was measured'];
  const row = rows.find((candidate) => candidate.addedPages === most);
  const what = `scale, rebuild with ${most} added pages`;
  if (row?.ratio === undefined)
    return [`${what}: stock Starlight's cost per page is lost in noise, no ratio`];
  return row.ratio > BUDGETS.scaleRatio
    ? [`${what}: ${row.ratio.toFixed(2)}× stock Starlight's cost per page > ${BUDGETS.scaleRatio}×`]
    : [];
}
