import type { Page } from '@playwright/test';
import { expect, expectSearch, test } from './fixtures.ts';

async function search(page: Page, buttonName: string, query: string) {
  await page.getByRole('button', { name: buttonName }).first().click();
  const dialog = page.getByRole('dialog', { name: buttonName });
  await dialog.getByRole('textbox', { name: buttonName }).fill(query);
  const results = dialog.locator('.pagefind-ui__result');
  await expectSearch(results.first()).toBeVisible();
  return results;
}

async function resultLinks(page: Page) {
  return page
    .getByRole('dialog')
    .locator('.pagefind-ui__result-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test('on an English page, search finds a passage of the second article in English', async ({ page }) => {
  await page.goto('/en/');
  const results = await search(page, 'Search', 'churn');
  const article = results.filter({ has: page.locator('a[href^="/en/articles/cro-or-cso/"]') });
  await expect(article.first()).toBeVisible();
  await expect(article.first().locator('mark').first()).toHaveText(/churn/i);
  for (const href of await resultLinks(page)) expect(href).toMatch(/^\/en\//);
});

test('on a Spanish page, search finds Spanish passages, with Spanish stemming', async ({ page }) => {
  await page.goto('/es/comparison/');
  const results = await search(page, 'Buscar', 'rotaciones');
  const article = results.filter({ has: page.locator('a[href^="/es/articles/cro-or-cso/"]') });
  await expect(article.first()).toBeVisible();
  await expect(article.first().locator('mark').first()).toHaveText(/^rotación$/i);
  for (const href of await resultLinks(page)) expect(href).toMatch(/^\/es\//);
});

test('on a Spanish page, "ventas" also finds "venta"', async ({ page }) => {
  await page.goto('/es/');
  const results = await search(page, 'Buscar', 'ventas');
  await expect(
    results
      .locator('mark')
      .filter({ hasText: /^venta$/i })
      .first(),
  ).toBeAttached();
  for (const href of await resultLinks(page)) expect(href).toMatch(/^\/es\//);
});
