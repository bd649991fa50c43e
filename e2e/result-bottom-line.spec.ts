import type { Page } from '@playwright/test';
import { answers, expect, expectNoAxeViolations, shareQuery, test, uiStrings } from './fixtures.ts';

const link = shareQuery;

/** The sentence the bottom line should read, from the UI strings of one language. */
function bottomLine(lang: 'es' | 'en', needKey: string, fitKey: string, outcome: string): string {
  const ui = uiStrings(lang);
  return (ui['quiz.bottomLine.sentence'] ?? '')
    .replace('{{need}}', ui[`quiz.bottomLine.need.${needKey}`] ?? '')
    .replace('{{fit}}', ui[`quiz.bottomLine.fit.${fitKey}`] ?? '')
    .replace('{{match}}', ui[`quiz.bottomLine.match.${outcome}`] ?? '');
}

/** The visible blocks of the result, in reading order: what copying or printing it gives. */
async function resultBlocks(page: Page) {
  return page.locator('[data-panel="result"] > :is(h2, p, section):visible').evaluateAll((blocks) =>
    blocks.map(
      // Each block by its own class; Astro's scoping classes (`astro-…`) say nothing of what it is.
      (block) =>
        [...block.classList].filter((name) => !name.startsWith('astro-')).join(' ') ||
        block.tagName.toLowerCase(),
    ),
  );
}

for (const lang of ['es', 'en'] as const) {
  const t = (key: string) => uiStrings(lang)[key] ?? key;

  test.describe(`the result's bottom line in ${lang}`, () => {
    for (const [name, query, expected] of [
      [
        'a mismatch',
        link(answers('need', 'last'), answers('fit', 'first')),
        ['cro.clear', 'cso.clear', 'cso-in-cro-seat'],
      ],
      [
        'a match',
        link(answers('need', 'first'), answers('fit', 'first')),
        ['cso.clear', 'cso.clear', 'match-cso'],
      ],
    ] as const) {
      test(`comes first under “Result” for ${name}, and the details follow`, async ({ page }) => {
        await page.goto(`/${lang}/quiz/${query}`);
        const sentence = bottomLine(lang, expected[0], expected[1], expected[2]);
        await expect(page.locator('[data-bottom-line]')).toHaveText(sentence, { useInnerText: true });
        expect(await resultBlocks(page)).toEqual([
          'h2',
          'quiz-bottom-line',
          'quiz-match',
          'quiz-verdict',
          'quiz-verdict',
          'quiz-briefs',
        ]);
        // Copied, the result reads in the same order: the heading, then the bottom line.
        const text = await page.locator('[data-panel="result"]').innerText();
        expect(text.split('\n').filter(Boolean).slice(0, 2)).toEqual([t('quiz.result.title'), sentence]);
        await expect(page.getByRole('status')).toContainText(sentence);
      });
    }

    test('is on the first phone screen under the heading, and printed first', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${lang}/quiz/${link(answers('need', 'last'), answers('fit', 'first'))}`);
      const heading = page.getByRole('heading', { name: t('quiz.result.title'), level: 2 });
      await heading.scrollIntoViewIfNeeded();
      const [top, line] = await Promise.all([
        heading.boundingBox(),
        page.locator('[data-bottom-line]').boundingBox(),
      ]);
      expect(top && line && line.y + line.height - top.y < 844).toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('[data-bottom-line]')).toBeVisible();
      expect((await resultBlocks(page)).slice(0, 2)).toEqual(['h2', 'quiz-bottom-line']);
    });

    test('is not shown when only one part was taken', async ({ page }) => {
      await page.goto(`/${lang}/quiz/${link(answers('need', 'last'))}`);
      await expect(page.locator('[data-verdict]:visible')).toHaveCount(1);
      await expect(page.locator('[data-bottom-line]')).toBeHidden();
      await expect(page.locator('[data-match]')).toBeHidden();
    });

    test('has no axe violations in either theme', async ({ page }) => {
      await page.goto(`/${lang}/quiz/${link(answers('need', 'first'), answers('fit', 'last'))}`);
      await expect(page.locator('[data-bottom-line]')).toBeVisible();
      for (const theme of ['light', 'dark']) {
        await page.evaluate((theme) => (document.documentElement.dataset['theme'] = theme), theme);
        await expectNoAxeViolations(page, `on the result in the ${theme} theme`);
      }
    });
  });
}
