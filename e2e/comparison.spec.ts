import { expect, test } from './fixtures.ts';

test('a citation link on the comparison page scrolls to its section of the article', async ({ page }) => {
  await page.goto('/en/comparison/');
  const table = page.getByRole('region', { name: /dimension by dimension/ });
  const citation = table
    .getByRole('link', { name: 'CRO or CSO? › How to tell whether you need a CRO' })
    .first();
  await citation.click();
  await expect(page).toHaveURL('/en/articles/cro-or-cso/#signs-you-need-a-cro');
  await expect(page.getByRole('heading', { name: 'How to tell whether you need a CRO' })).toBeInViewport();
});

test('the same citation lands on the same passage in Spanish', async ({ page }) => {
  await page.goto('/es/comparison/');
  await page.getByRole('link', { name: '¿CRO o CSO? › Cómo saber si necesita un CRO' }).first().click();
  await expect(page).toHaveURL('/es/articles/cro-or-cso/#signs-you-need-a-cro');
  await expect(page.getByRole('heading', { name: 'Cómo saber si necesita un CRO' })).toBeInViewport();
});

for (const lang of ['es', 'en'] as const) {
  test.describe(`on a 360 px phone (${lang})`, () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test('the comparison table is readable without the page scrolling sideways', async ({ page }) => {
      await page.goto(`/${lang}/comparison/`);
      const region = page.getByRole('region', {
        name: lang === 'es' ? /dimensión por dimensión/ : /dimension by dimension/,
      });
      await expect(region).toBeVisible();
      const table = region.getByRole('table');
      await expect(table.locator('caption')).toBeVisible();
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
      }));
      expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
      const box = await region.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      // Every claim is on screen once scrolled to: no cell is cut off by the container.
      const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(table.getByRole('rowheader').or(table.locator('th[scope=rowgroup]'))).toHaveCount(10);
    });
  });
}

test('each article opens with its own summary of what it says', async ({ page }) => {
  await page.goto('/en/articles/cso-vs-cro/');
  const summary = page.getByRole('region', { name: 'At a glance' });
  await expect(summary).toBeVisible();
  const links = summary.getByRole('table').getByRole('link');
  expect(await links.count()).toBeGreaterThan(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/articles\/cso-vs-cro\/#[a-z-]+$/);
  }
  const first = page.getByRole('main').locator('h2').first();
  await expect(first).toHaveText('About this article');
});
