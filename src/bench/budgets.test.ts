import { expect, test } from 'vitest';
import { findMissedBudgets, type BenchFigures, type PageFigures } from './budgets.ts';

const SEARCH = '/_astro/Search.astro_astro_type_script_index_0_lang.u6KocRL3.js';
const TOC = '/_astro/starlight-toc.D4UDIxQL.js';
const QUIZ = '/_astro/RoleFitQuiz.astro_astro_type_script_index_0_lang.DrIZCiJ5.js';

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
  ...overrides,
});

const figures = (pages: PageFigures[], quizIslandBytes = 3900): BenchFigures => ({
  pages,
  quizIslandBytes,
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

test('a quiz island over 4 KB misses the budget', () => {
  expect(findMissedBudgets(figures([page('/es/')], 4097))).toEqual(['quiz island: 4097 B gzip > 4096 B']);
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
