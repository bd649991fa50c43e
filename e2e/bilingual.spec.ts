import type { Page } from '@playwright/test';
import { answers, expect, quiz, shareQuery, test, uiStrings } from './fixtures.ts';

const [need] = quiz.parts;
if (!need) throw new Error('The quiz has no parts');
const RESULT = shareQuery(answers('need', 'last'), answers('fit', 'first'));
const NAMES = { es: 'Español', en: 'English' } as const;
const DIRECTIONS = [
  ['es', 'en'],
  ['en', 'es'],
] as const;

/** Follows the header's link to the other language. */
async function switchLanguage(page: Page, to: 'es' | 'en') {
  await page.getByRole('banner').getByRole('link', { name: NAMES[to] }).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

for (const [from, to] of DIRECTIONS) {
  const t = (key: string) => uiStrings(to)[key] ?? key;

  test.describe(`switching from ${from} to ${to}`, () => {
    test('a shared quiz result stays the same result', async ({ page }) => {
      await page.goto(`/${from}/quiz/${RESULT}`);
      await expect(page.locator('[data-verdict]:visible')).toHaveCount(2);
      await switchLanguage(page, to);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/${to}/quiz/${RESULT}`);
      const result = page.getByRole('region', { name: t('quiz.result.title'), exact: true });
      await expect(result).toBeVisible();
      await expect(result.getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      await expect(result.getByText(t('quiz.verdict.fit.cso.clear'))).toBeVisible();
      await expect(page.getByRole('region', { name: t('quiz.start.title') })).toBeHidden();
    });

    test('a personalised brief keeps its answers', async ({ page }) => {
      await page.goto(`/${from}/brief/cro/${RESULT}`);
      await switchLanguage(page, to);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/${to}/brief/cro/${RESULT}`);
      const personal = page.getByRole('region', { name: t('brief.personal.title') });
      await expect(personal.getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      await expect(personal.locator('[data-outcome="cso-in-cro-seat"]')).toBeVisible();
    });

    test('a quiz left half-way resumes at the same question', async ({ page }) => {
      const ui = uiStrings(from);
      await page.goto(`/${from}/quiz/`);
      await page.getByRole('button', { name: ui['quiz.start.both'] ?? '' }).click();
      for (const question of need.questions.slice(0, 3)) {
        await page.getByRole('radio', { name: question.options[0]?.label[from] ?? '' }).check();
        await page.getByRole('button', { name: ui['quiz.next'] ?? '' }).click();
      }
      await switchLanguage(page, to);
      expect(new URL(page.url()).pathname).toBe(`/${to}/quiz/`);
      const fourth = need.questions[3];
      await expect(page.getByRole('group', { name: fourth?.prompt[to] ?? '' })).toBeVisible();
      await page.getByRole('button', { name: t('quiz.back') }).click();
      const third = need.questions[2];
      await expect(page.getByRole('radio', { name: third?.options[0]?.label[to] ?? '' })).toBeChecked();
    });

    test('an article read from a section link stays at that section', async ({ page }) => {
      await page.goto(`/${from}/articles/cro-or-cso/#fundamental-differences`);
      await switchLanguage(page, to);
      expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
        `/${to}/articles/cro-or-cso/#fundamental-differences`,
      );
    });

    test('an article scrolled to a section, by keyboard, lands on the same section', async ({ page }) => {
      await page.goto(`/${from}/articles/cro-or-cso/`);
      // The reader scrolls to a section and a little into it.
      await page.evaluate(() => {
        document.getElementById('signs-you-need-a-cro')?.scrollIntoView();
        scrollBy(0, 40);
      });
      const link = page.getByRole('banner').getByRole('link', { name: NAMES[to] }).first();
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`/${to}/articles/cro-or-cso/#signs-you-need-a-cro`);
      const box = await page.locator('#signs-you-need-a-cro').boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      expect(box && box.y >= 0 && box.y < height / 2).toBe(true);
    });

    test('at the top of a page, the link goes to the top of the other page', async ({ page }) => {
      await page.goto(`/${from}/comparison/`);
      await switchLanguage(page, to);
      expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(
        `/${to}/comparison/`,
      );
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the language link still goes to the same page', async ({ page }) => {
    await page.goto(`/es/quiz/${RESULT}`);
    await page.getByRole('banner').getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL('/en/quiz/');
  });
});
