import { expect, test } from 'vitest';
import {
  findMissedBudgets,
  measureIslands,
  medianScores,
  meetsLighthouseBudget,
  type BenchFigures,
  type LighthouseScores,
  type PageFigures,
} from './budgets.ts';

const SEARCH = '/_astro/Search.astro_astro_type_script_index_0_lang.u6KocRL3.js';
const TOC = '/_astro/starlight-toc.D4UDIxQL.js';
const QUIZ = '/_astro/RoleFitQuiz.astro_astro_type_script_index_0_lang.DrIZCiJ5.js';
const QUIZ_MODULE = '/_astro/role-fit-quiz.BNQs7ywo.js';
const BRIEF = '/_astro/BriefIntro.astro_astro_type_script_index_0_lang.H2rtd8IW.js';

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

const figures = (pages: PageFigures[], quiz = 3900, brief = 5200): BenchFigures => ({
  pages,
  islandBytes: { quiz, brief },
  firstSearchBytes: { es: 90_000, en: 90_000 },
  buildSeconds: 10,
});

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
  const sizes: Record<string, number> = { [SEARCH]: 1600, [QUIZ]: 60, [QUIZ_MODULE]: 3800, [BRIEF]: 1300 };
  const islands = measureIslands(
    [
      page('/es/quiz/', { scripts: [SEARCH, QUIZ, QUIZ_MODULE] }),
      page('/en/brief/cro/', { scripts: [SEARCH, BRIEF, QUIZ_MODULE] }),
      page('/es/comparison/', { scripts: [SEARCH] }),
    ],
    (script) => sizes[script] ?? NaN,
  );
  expect(islands).toEqual({ quiz: 3860, brief: 5100 });
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
