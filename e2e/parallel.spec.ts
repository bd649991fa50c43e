import { expect, test, uiStrings } from './fixtures.ts';

for (const lang of ['es', 'en'] as const) {
  const t = (key: string) => uiStrings(lang)[key] ?? key;

  test.describe(`the side-by-side view, from the ${lang} article`, () => {
    test('opens from the article and leads back to it', async ({ page }) => {
      await page.goto(`/${lang}/articles/cso-vs-cro/`);
      await page.getByRole('link', { name: t('parallel.open') }).click();
      await expect(page).toHaveURL(`/${lang}/articles/cso-vs-cro/parallel/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.getByRole('link', { name: t('parallel.back') }).click();
      await expect(page).toHaveURL(`/${lang}/articles/cso-vs-cro/`);
    });

    test('puts each Spanish passage next to its English one on a wide screen', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${lang}/articles/cso-vs-cro/parallel/`);
      const row = page.locator('#daily-tasks');
      const spanish = row.locator('[lang="es"]');
      const english = row.locator('[lang="en"]');
      await expect(spanish.getByRole('heading')).toHaveText('Listas de tareas diarias');
      await expect(english.getByRole('heading')).toHaveText('Daily task lists');
      const [left, right] = [await spanish.boundingBox(), await english.boundingBox()];
      expect(left && right && left.x + left.width <= right.x).toBe(true);
      expect(left && right && Math.abs(left.y - right.y)).toBeLessThan(2);
    });

    test('alternates the languages block by block on a 360 px phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${lang}/articles/cro-or-cso/parallel/`);
      const cells = page.locator('.parallel-cell');
      const langs = await cells.evaluateAll((elements) =>
        elements.slice(0, 6).map((el) => el.getAttribute('lang')),
      );
      expect(langs).toEqual(['es', 'en', 'es', 'en', 'es', 'en']);
      const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
      expect(first && second && first.y + first.height <= second.y).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });

    test('keeps the other language out of the search index of the page', async ({ page }) => {
      await page.goto(`/${lang}/articles/cro-or-cso/parallel/`);
      const other = lang === 'es' ? 'en' : 'es';
      for (const cell of await page.locator(`.parallel-cell[lang="${other}"]`).all()) {
        await expect(cell).toHaveAttribute('data-pagefind-ignore', 'all');
      }
      for (const cell of await page.locator(`.parallel-cell[lang="${lang}"]`).all()) {
        await expect(cell).not.toHaveAttribute('data-pagefind-ignore');
      }
    });

    test('a link to a section lands on that section', async ({ page }) => {
      await page.goto(`/${lang}/articles/cro-or-cso/parallel/#signs-you-need-a-cro`);
      await expect(page.locator('#signs-you-need-a-cro')).toBeInViewport();
    });
  });
}

test('a Spanish word finds, in the English index, only the glossary that quotes the Spanish original', async ({
  page,
}) => {
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('rotación');
  const links = page.getByRole('dialog').locator('.pagefind-ui__result-link');
  await expect(links.first()).toBeVisible();
  // Not the side-by-side view, nor any page but the bilingual glossary.
  for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/en\/glossary\/#/);
  }
});
