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
}

/** Everything the bench measured. */
export interface BenchFigures {
  pages: PageFigures[];
  /** Gzipped bytes of the quiz island's own scripts: what the quiz page loads and reading pages do not. */
  quizIslandBytes: number;
  /** Bytes fetched by a first search, per language. */
  firstSearchBytes: Record<string, number>;
  buildSeconds: number;
  /** How the build time grows with added pages, against stock Starlight. */
  scale: ScaleFigures;
}

/** The budgets. */
export const BUDGETS = {
  /** Every Lighthouse category, on every page. */
  lighthouse: 100,
  /** What the quiz island may add to a page, gzipped. */
  quizIslandBytes: 4 * 1024,
  /** What an added page may cost the build, over what it costs stock Starlight, at the most pages measured. */
  scaleRatio: 1.5,
} as const;

/** The path of the quiz pages, the only pages allowed a script of their own: the island. */
const QUIZ_PAGE = /^\/(es|en)\/quiz\/$/;

/**
 * The scripts a reading page may load, by the source they are built from (Astro names each chunk
 * after it): Starlight's own components, the site's replacements of two of them (search, theme
 * picker, with the storage wrapper they share), and the language entry page's redirect.
 */
export const READING_PAGE_SCRIPTS = [
  'Page.astro',
  'PageFrame.astro',
  'TableOfContents.astro',
  'MobileTableOfContents.astro',
  'starlight-toc',
  'Search.astro',
  'ThemeSelect.astro',
  'safe-storage',
  'EntryLayout.astro',
] as const;

/** The quiz island's script, by the source it is built from. */
export const QUIZ_ISLAND_SCRIPT = 'RoleFitQuiz.astro';

const isAllowed = (script: string, allowed: readonly string[]) => {
  const file = script.split('/').at(-1) ?? '';
  return allowed.some((source) => file.startsWith(`${source}_`) || file.startsWith(`${source}.`));
};

/** Lists every budget the figures miss, in words; an empty list means all budgets hold. */
export function findMissedBudgets(figures: BenchFigures): string[] {
  const missed: string[] = [];
  for (const page of figures.pages) {
    for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      if (page[category] < BUDGETS.lighthouse) {
        missed.push(`${page.path}: Lighthouse ${category} ${page[category]} < ${BUDGETS.lighthouse}`);
      }
    }
    const allowed = QUIZ_PAGE.test(page.path)
      ? [...READING_PAGE_SCRIPTS, QUIZ_ISLAND_SCRIPT]
      : READING_PAGE_SCRIPTS;
    const extra = page.scripts.filter((script) => !isAllowed(script, allowed));
    if (extra.length > 0)
      missed.push(`${page.path}: loads scripts beyond Starlight's own: ${extra.join(', ')}`);
  }
  if (figures.quizIslandBytes > BUDGETS.quizIslandBytes) {
    missed.push(`quiz island: ${figures.quizIslandBytes} B gzip > ${BUDGETS.quizIslandBytes} B`);
  }
  return [...missed, ...findMissedScaleBudgets(figures.scale)];
}

/**
 * Lists the scale budgets the figures miss: at the most pages added, each kind of build must
 * cost at most `scaleRatio` times what it costs stock Starlight per added page.
 */
export function findMissedScaleBudgets(scale: ScaleFigures): string[] {
  const rows = summariseScale(scale);
  const most = Math.max(0, ...rows.map((row) => row.addedPages));
  if (most === 0) return ['scale: no build with added pages was measured'];
  return rows
    .filter((row) => row.addedPages === most)
    .flatMap((row) => {
      const what = `scale, ${row.kind === 'first' ? 'first build' : 'rebuild'} with ${most} added pages`;
      if (row.ratio === undefined) return [`${what}: stock Starlight's cost per page is lost in noise, no ratio`];
      return row.ratio > BUDGETS.scaleRatio
        ? [`${what}: ${row.ratio.toFixed(2)}× stock Starlight's cost per page > ${BUDGETS.scaleRatio}×`]
        : [];
    });
}
