import type { Page } from '@playwright/test';
import { expect, expectSearch, test, uiStrings } from './fixtures.ts';

const LABELS = { es: 'Buscar', en: 'Search' } as const;

test.describe.configure({ timeout: 60_000 });

/** Opens the search dialog of a page and types a query. */
async function search(page: Page, lang: 'es' | 'en', query: string) {
  await page.getByRole('button', { name: LABELS[lang] }).first().click();
  const dialog = page.getByRole('dialog', { name: LABELS[lang] });
  await dialog.getByRole('textbox', { name: LABELS[lang] }).fill(query);
  return dialog;
}

for (const [lang, query, section, title] of [
  ['en', 'win rate', 'win-rate', 'CSO and CRO glossary › Win rate'],
  ['es', 'tasa de éxito', 'win-rate', 'Glosario de CSO y CRO › Tasa de cierre (win rate)'],
  ['es', 'abandono de clientes', 'churn', 'Glosario de CSO y CRO › Abandono de clientes (churn)'],
] as const) {
  test(`in ${lang}, the first result for “${query}” opens at the section that answers it`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/`);
    const dialog = await search(page, lang, query);
    const first = dialog.locator('.pagefind-ui__result').first().getByRole('link').first();
    await expectSearch(first).toHaveText(title);
    await expect(first).toHaveAttribute('href', `/${lang}/glossary/#${section}`);
    await first.click();
    await expect(page).toHaveURL(`/${lang}/glossary/#${section}`);
    await expectSearch(page.locator(`#${section}`)).toBeInViewport();
  });
}

test('the side-by-side views are not among the results: their articles are', async ({ page }) => {
  await page.goto('/en/');
  const dialog = await search(page, 'en', 'deal velocity');
  await expectSearch(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  const links = await dialog
    .locator('.pagefind-ui__result-link')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.some((href) => href.startsWith('/en/articles/cro-or-cso/'))).toBe(true);
  expect(links.filter((href) => href.includes('/parallel/'))).toEqual([]);
});

// The glossary lists the words a reader searches the note on pay with, in both languages: a
// search for one of them opens the note itself.
for (const [lang, query] of [
  ['en', 'wages'],
  ['en', 'sueldo'],
  ['es', 'bonus'],
] as const) {
  test(`in ${lang}, a search for “${query}” opens the note that the articles do not cover pay`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/comparison/`);
    const dialog = await search(page, lang, query);
    const first = dialog.locator('.pagefind-ui__result').first().getByRole('link').first();
    await expectSearch(first).toHaveAttribute('href', `/${lang}/glossary/#silent-pay`);
  });
}

// A word that only shares the start of those words ("bonificaciones" for "bonus") finds nothing,
// and then the note is offered under the search's message.
test('a search that finds nothing but names a topic the articles do not cover offers its note', async ({
  page,
}) => {
  const [lang, query, silence] = ['es', 'bonificaciones', 'silent-pay'] as const;
  const t = (key: string) => uiStrings(lang)[key] ?? key;
  await page.goto(`/${lang}/comparison/`);
  const dialog = await search(page, lang, query);
  await expectSearch(dialog.locator('.pagefind-ui__message')).toContainText(query);
  const shown = dialog.locator('[data-silence]:visible');
  await expectSearch(shown).toHaveCount(1);
  await expect(shown).toContainText(t('search.noResults.silent'));
  const link = shown.getByRole('link');
  await expect(link).toHaveAttribute('href', `/${lang}/glossary/#${silence}`);
  await expect(dialog.getByRole('link', { name: t('search.noResults.glossary') })).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(`/${lang}/glossary/#${silence}`);
  await expectSearch(page.locator(`#${silence}`)).toBeInViewport();
});

test('a search that finds nothing else points to the glossary, in the page’s language', async ({ page }) => {
  for (const lang of ['es', 'en'] as const) {
    const t = (key: string) => uiStrings(lang)[key] ?? key;
    await page.goto(`/${lang}/`);
    const dialog = await search(page, lang, 'zzzqx');
    await expectSearch(dialog.getByText(t('search.noResults.hint'))).toBeVisible();
    await expect(dialog.locator('[data-silence]:visible')).toHaveCount(0);
    // Typing something that is found hides the hint again.
    await dialog.getByRole('textbox', { name: LABELS[lang] }).fill('CRO');
    await expectSearch(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
    await expect(dialog.getByText(t('search.noResults.hint'))).toBeHidden();
  }
});
