import { expect, test, uiStrings } from './fixtures.ts';

/** Where the figures are, and which: the comparison page and both articles. */
const FIGURES = {
  'comparison/': ['scope', 'reporting', 'grid'],
  'articles/cso-vs-cro/': ['scope', 'reporting'],
  'articles/cro-or-cso/': ['lifecycle', 'grid'],
} as const;

for (const lang of ['es', 'en'] as const) {
  const t = (key: string) => uiStrings(lang)[key] ?? key;
  for (const [slug, figures] of Object.entries(FIGURES)) {
    test(`/${lang}/${slug} has its figures, titled and described in ${lang}`, async ({ page }) => {
      await page.goto(`/${lang}/${slug}`);
      const images = page.locator('figure.diagram').getByRole('img');
      await expect(images).toHaveCount(figures.length);
      for (const [index, figure] of figures.entries()) {
        const image = images.nth(index);
        await expect(image).toHaveAccessibleName(t(`diagram.${figure}.title`));
        await expect(image).toHaveAccessibleDescription(t(`diagram.${figure}.desc`));
        await expect(image.locator('title')).toHaveText(t(`diagram.${figure}.title`));
        await expect(image.locator('desc')).toHaveText(t(`diagram.${figure}.desc`));
      }
    });

    test.describe('on a 360 px phone', () => {
      test.use({ viewport: { width: 360, height: 740 } });
      test(`/${lang}/${slug} shows its figures without overflow`, async ({ page }) => {
        await page.goto(`/${lang}/${slug}`);
        for (const figure of await page.locator('figure.diagram svg').all()) {
          await figure.scrollIntoViewIfNeeded();
          const box = await figure.boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
          expect(box && box.height).toBeGreaterThan(100);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      });
    });
  }
}

test('the figures follow the theme: light boxes in light, dark boxes in dark', async ({ browser }) => {
  const fills: Record<string, string> = {};
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: theme });
    const page = await context.newPage();
    await page.goto('/en/comparison/');
    fills[theme] = await page
      .locator('figure.diagram .box rect')
      .first()
      .evaluate((rect) => getComputedStyle(rect).fill);
    await context.close();
  }
  expect(fills['light']).not.toBe(fills['dark']);
});

test('the figures print in black on white', async ({ page }) => {
  await page.goto('/en/comparison/');
  await page.emulateMedia({ media: 'print' });
  const rect = page.locator('figure.diagram .box rect').first();
  expect(await rect.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(255, 255, 255)');
  expect(await rect.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(0, 0, 0)');
});
