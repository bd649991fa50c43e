import { expect, expectNoAxeViolations, test } from './fixtures.ts';

for (const [lang, passage, heading] of [
  ['en', 'CRO or CSO? › How to tell whether you need a CRO', 'How to tell whether you need a CRO'],
  ['es', '¿CRO o CSO? › Cómo saber si necesita un CRO', 'Cómo saber si necesita un CRO'],
] as const) {
  test(`a citation on the ${lang} comparison page leads to its passage of the article`, async ({ page }) => {
    await page.goto(`/${lang}/comparison/`);
    const row = page.locator('tbody:has(#when-to-hire) td.cro');
    await row.locator('summary').first().click();
    await row.getByRole('link', { name: passage }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/articles/cro-or-cso/#signs-you-need-a-cro`));
    await expect(page.getByRole('heading', { name: heading })).toBeInViewport();
  });
}

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
      await expect(table.getByRole('rowheader').or(table.locator('th[scope=rowgroup]'))).toHaveCount(11);
    });

    test('every citation is a target a finger can hit, at least 24 px tall, and axe agrees', async ({
      page,
    }) => {
      await page.goto(`/${lang}/comparison/`);
      const heights = await page
        .locator('details.evidence > summary')
        .evaluateAll((toggles) => toggles.map((toggle) => toggle.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(40);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
      await expectNoAxeViolations(page, `on /${lang}/comparison/ on a 360 px phone`);
    });
  });
}

test('each article opens with its own summary of what it says, folded, quoting only itself', async ({
  page,
}) => {
  await page.goto('/en/articles/cso-vs-cro/');
  const summary = page.getByRole('region', { name: 'At a glance' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('table')).toBeHidden();
  await summary.getByText('Show what this article says of each role').click();
  await expect(summary.getByRole('table')).toBeVisible();
  // The quotes' links, folded inside each statement's "Source".
  const links = summary.getByRole('table').locator('details.evidence a');
  expect(await links.count()).toBeGreaterThan(4);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/articles\/cso-vs-cro\/#[a-z-]+:~:text=/);
  }
  // Where it gives this article's view on a point the articles dispute, a link to both sides.
  const disputed = summary.getByRole('table').locator('.disputed a');
  expect(await disputed.count()).toBeGreaterThan(0);
  for (const href of await disputed.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/comparison\/#[a-z-]+$/);
  }
  const first = page.getByRole('main').locator('h2').first();
  await expect(first).toHaveText('About this article');
});
