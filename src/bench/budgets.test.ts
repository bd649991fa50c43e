import { expect, test } from 'vitest';
import {
  findMissedBudgets,
  measureIslands,
  medianScores,
  meetsLighthouseBar,
  meetsLighthouseBudget,
  type BenchFigures,
  type LighthouseScores,
  type PageFigures,
  findMissedScaleBudgets,
} from './budgets.ts';
import type { ScaleBuild, ScaleFigures } from './scale.ts';

const SEARCH = '/_astro/Search.astro_astro_type_script_index_0_lang.u6KocRL3.js';
const TOC = '/_astro/starlight-toc.D4UDIxQL.js';
const QUIZ = '/_astro/RoleFitQuiz.astro_astro_type_script_index_0_lang.DrIZCiJ5.js';
const QUIZ_MODULE = '/_astro/role-fit-quiz.BNQs7ywo.js';
const BRIEF = '/_astro/BriefIntro.astro_astro_type_script_index_0_lang.H2rtd8IW.js';
const READER = '/_astro/JobDescriptionReader.astro_astro_type_script_index_0_lang.C6GA8YmM.js';
const SHARED = '/_astro/share-link.DhR8M2Mh.js';

const page = (path: string, overrides: Partial<PageFigures> = {}): PageFigures => ({
  path,
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  jsBytes: 5000,
  cssBytes: 9000,
  htmlBytes: 8000,
  scripts: [SEARCH, TOC],
  runs: 1,
  ...overrides,
});

const figures = (pages: PageFigures[], quiz = 3900, brief = 5200, readerMs = 12): BenchFigures => ({
  pages,
  islandBytes: { quiz, brief, jobDescription: 6000 },
  firstSearchBytes: { es: 90_000, en: 90_000 },
  buildSeconds: 10,
  scale: scale({ first: 30, rebuild: 12 }),
  readerMs,
});

/**
 * Scale figures where stock Starlight grows from 4 s to 12 s with 400 pages added per language
 * (10 ms per added page) and this site from 6 s to the given seconds in each kind of build.
 */
function scale(site: { first: number; rebuild: number }): ScaleFigures {
  const builds: ScaleBuild[] = (['first', 'rebuild'] as const).flatMap((kind) => [
    { project: 'site', kind, addedPerLanguage: 0, round: 1, seconds: 6 },
    { project: 'site', kind, addedPerLanguage: 400, round: 1, seconds: site[kind] },
    { project: 'stock', kind, addedPerLanguage: 0, round: 1, seconds: 4 },
    { project: 'stock', kind, addedPerLanguage: 400, round: 1, seconds: 12 },
  ]);
  return { languages: 2, builds };
}

test('all budgets hold for a site that meets them', () => {
  const quiz = page('/es/quiz/', { scripts: [SEARCH, QUIZ] });
  expect(
    findMissedBudgets(figures([page('/es/', { scripts: [SEARCH] }), page('/en/comparison/'), quiz])),
  ).toEqual([]);
});

test('a Lighthouse score under 100 misses the budget, named', () => {
  expect(findMissedBudgets(figures([page('/es/', { seo: 92 }), page('/en/')]))).toEqual([
    '/es/: Lighthouse seo 92 < 100',
  ]);
});

test('a quiz island over 4 KB misses the budget, and so does a brief island over 6 KB', () => {
  expect(findMissedBudgets(figures([page('/es/')], 4097))).toEqual(['quiz island: 4097 B gzip > 4096 B']);
  expect(findMissedBudgets(figures([page('/es/')], 4000, 6145))).toEqual([
    'brief island: 6145 B gzip > 6144 B',
  ]);
});

test('an island weighs every script its pages load beyond a reading page’s, chunks included', () => {
  const sizes: Record<string, number> = {
    [SEARCH]: 1600,
    [QUIZ]: 60,
    [QUIZ_MODULE]: 3800,
    [BRIEF]: 1300,
    [READER]: 4400,
    [SHARED]: 1200,
  };
  const islands = measureIslands(
    [
      page('/es/quiz/', { scripts: [SEARCH, QUIZ, QUIZ_MODULE] }),
      page('/en/brief/cro/', { scripts: [SEARCH, BRIEF, QUIZ_MODULE] }),
      page('/es/job-description/', { scripts: [SEARCH, READER, SHARED] }),
      page('/es/comparison/', { scripts: [SEARCH] }),
    ],
    (script) => sizes[script] ?? NaN,
  );
  expect(islands).toEqual({ quiz: 3860, brief: 5100, jobDescription: 5600 });
});

test('a reading page with a script of its own misses the budget, and so does the island elsewhere', () => {
  const chart = '/_astro/Chart.astro_astro_type_script_index_0_lang.AbCdEfGh.js';
  expect(
    findMissedBudgets(
      figures([page('/en/comparison/', { scripts: [SEARCH, chart] }), page('/es/', { scripts: [QUIZ] })]),
    ),
  ).toEqual([
    `/en/comparison/: loads scripts beyond Starlight's own: ${chart}`,
    `/es/: loads scripts beyond Starlight's own: ${QUIZ}`,
  ]);
});

const scores = (performance: number, accessibility = 100): LighthouseScores => ({
  performance,
  accessibility,
  bestPractices: 100,
  seo: 100,
});

test('a run meets the Lighthouse budget only when every category is 100', () => {
  expect(meetsLighthouseBudget(scores(100))).toBe(true);
  expect(meetsLighthouseBudget(scores(99))).toBe(false);
  expect(meetsLighthouseBudget(scores(100, 98))).toBe(false);
});

test.each([
  { runs: [scores(97), scores(100), scores(100)], performance: 100 },
  { runs: [scores(97), scores(99), scores(100)], performance: 99 },
  { runs: [scores(90), scores(100), scores(92)], performance: 92 },
  { runs: [scores(96), scores(98)], performance: 97 },
])('the median of $runs.length runs is taken per category, not the best run', ({ runs, performance }) => {
  expect(medianScores(runs).performance).toBe(performance);
});

test('each category takes its own median', () => {
  expect(medianScores([scores(100, 90), scores(95, 100), scores(90, 100)])).toEqual(scores(95, 100));
});

test('no run has no median', () => {
  expect(() => medianScores([])).toThrow(/No Lighthouse run/);
});

test('the scale budget judges the rebuild: an added page may cost it 1.5× what it costs stock Starlight', () => {
  // Stock costs 10 ms a page; from 6 s to 24 s over 800 pages is 22.5 ms, 2.25×; to 15 s, 1.125×.
  expect(findMissedScaleBudgets(scale({ first: 30, rebuild: 15 }))).toEqual([]);
  expect(findMissedScaleBudgets(scale({ first: 30, rebuild: 24 }))).toEqual([
    "scale, rebuild with 800 added pages: 2.25× stock Starlight's cost per page > 1.5×",
  ]);
  expect(findMissedBudgets({ ...figures([page('/es/')]), scale: scale({ first: 30, rebuild: 24 }) })).toEqual(
    ["scale, rebuild with 800 added pages: 2.25× stock Starlight's cost per page > 1.5×"],
  );
});

test('the scale budget is judged at the most pages added, and missed when nothing was added', () => {
  const { languages, builds } = scale({ first: 30, rebuild: 7 });
  // With 100 pages per language the rebuild costs 3× stock's (24 s against 8 s over 200 pages);
  // with 400 it costs 1 s against 8 s over 800: only the most pages count.
  const at100: ScaleBuild[] = [
    { project: 'site', kind: 'rebuild', addedPerLanguage: 100, round: 1, seconds: 30 },
    { project: 'stock', kind: 'rebuild', addedPerLanguage: 100, round: 1, seconds: 12 },
  ];
  expect(findMissedScaleBudgets({ languages, builds: [...builds, ...at100] })).toEqual([]);
  expect(
    findMissedScaleBudgets({
      languages,
      builds: [...builds.filter((build) => build.addedPerLanguage === 0), ...at100],
    }),
  ).toEqual(["scale, rebuild with 200 added pages: 3.00× stock Starlight's cost per page > 1.5×"]);
  expect(
    findMissedScaleBudgets({ languages, builds: builds.filter((build) => build.addedPerLanguage === 0) }),
  ).toEqual(['scale: no rebuild with added pages was measured']);
});

test('the scale budget is missed, not passed, when stock Starlight’s cost per page is lost in noise', () => {
  const { languages, builds } = scale({ first: 30, rebuild: 7 });
  const noisy = builds.map((build) =>
    build.project === 'stock' && build.addedPerLanguage === 400 ? { ...build, seconds: 3.9 } : build,
  );
  expect(findMissedScaleBudgets({ languages, builds: noisy })).toEqual([
    "scale, rebuild with 800 added pages: stock Starlight's cost per page is lost in noise, no ratio",
  ]);
});

test('a performance slack lowers the bar for the performance score only', () => {
  const pages = [page('/es/', { performance: 99 }), page('/en/', { performance: 98, seo: 99 })];
  expect(findMissedBudgets(figures(pages), 1)).toEqual([
    '/en/: Lighthouse performance 98 < 99',
    '/en/: Lighthouse seo 99 < 100',
  ]);
  expect(findMissedBudgets(figures(pages))).toHaveLength(3);
});

test('the bar a page is judged by: 100 everywhere, or the slack below it for performance alone', () => {
  const scores = { performance: 99, accessibility: 100, bestPractices: 100, seo: 100 };
  expect(meetsLighthouseBar(scores)).toBe(false);
  expect(meetsLighthouseBar(scores, 1)).toBe(true);
  expect(meetsLighthouseBar({ ...scores, performance: 98 }, 1)).toBe(false);
  expect(meetsLighthouseBar({ ...scores, performance: 100, seo: 99 }, 1)).toBe(false);
});

test('the job-description reader misses its budget over 50 ms for a 3,000-word text, and its island over 8 KB', () => {
  const pages = [page('/es/', { scripts: [SEARCH] })];
  expect(findMissedBudgets(figures(pages, 3900, 5200, 50))).toEqual([]);
  expect(findMissedBudgets(figures(pages, 3900, 5200, 50.5))).toEqual([
    'job-description reader: 50.5 ms over a 3,000-word text > 50 ms',
  ]);
  const heavy = { ...figures(pages), islandBytes: { quiz: 3900, brief: 5200, jobDescription: 8193 } };
  expect(findMissedBudgets(heavy)).toEqual(['jobDescription island: 8193 B gzip > 8192 B']);
});
