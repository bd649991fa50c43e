import { expect, test } from './fixtures.ts';
import { listPagePaths } from '../src/site/page-list.ts';

const pagePaths = listPagePaths();

test.describe('the language entry page', () => {
  for (const [locale, expected] of [
    ['es-ES', '/es/'],
    ['en-US', '/en/'],
    ['fr-FR', '/es/'],
  ] as const) {
    test.describe(`with a ${locale} browser`, () => {
      test.use({ locale });
      test(`sends the visitor to ${expected}`, async ({ page }) => {
        await page.goto('/');
        await expect(page).toHaveURL(expected);
      });
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false, locale: 'en-US' });
    test('offers a link to each language', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL('/');
      await page.getByRole('link', { name: 'Enter in English' }).click();
      await expect(page).toHaveURL('/en/');
      await page.goto('/');
      await page.getByRole('link', { name: 'Entrar en español' }).click();
      await expect(page).toHaveURL('/es/');
    });
  });
});

test('the language switch keeps the reader on the same page, without JavaScript too', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/es/articles/cro-or-cso/');
    await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en/articles/cro-or-cso/');
    await page.getByRole('banner').getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL('/es/articles/cro-or-cso/');
    await context.close();
  }
});

test('the language switch lands on the page in the other language', async ({ page }) => {
  await page.goto('/es/articles/cro-or-cso/');
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/articles/cro-or-cso/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'CRO or CSO: a word or a world of difference?',
  );
});

test('every page has its own title, description, canonical link and hreflang alternates', async ({
  request,
}) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const path of pagePaths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const lang = path.split('/')[1];
    expect(html, path).toContain(`<html lang="${lang}"`);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
    expect(title, path).toBeTruthy();
    expect(description, path).toBeTruthy();
    titles.add(title ?? '');
    descriptions.add(description ?? '');
    const slug = path.slice(lang ? lang.length + 1 : 0);
    for (const alternate of ['es', 'en']) {
      expect(html, `${path} → ${alternate}`).toMatch(
        new RegExp(`<link rel="alternate" hreflang="${alternate}" href="[^"]+/${alternate}${slug}"`),
      );
    }
    expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="[^"]+${path}"`));
  }
  expect(titles.size).toBe(pagePaths.length);
  expect(descriptions.size).toBe(pagePaths.length);
});

test.describe('a missing page', () => {
  for (const [path, heading] of [
    ['/en/no-such-page/', 'Page not found'],
    ['/es/no-existe/', 'Página no encontrada'],
  ] as const) {
    test(`${path} answers 404 in the language of its folder`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('outside both languages answers 404 in both', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test('the favicon, sitemap and robots.txt are served', async ({ request }) => {
  expect((await request.get('/favicon.svg')).status()).toBe(200);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of pagePaths) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain('/404/');
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain('Sitemap:');
});

test('text is set in the system interface font, the headings and tables too', async ({ page }) => {
  await page.goto('/en/comparison/');
  for (const element of [
    page.locator('.sl-markdown-content p').first(),
    page.getByRole('heading', { level: 1 }),
    page.getByRole('table').first(),
  ]) {
    expect(await element.evaluate((node) => getComputedStyle(node).fontFamily)).toMatch(
      /^system-ui, sans-serif\b/,
    );
  }
});

test.describe('the theme picker in the header', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  const script = '**/ThemeSelect.astro_astro_type_script_index_0_lang.*.js';

  test('is in place before its script runs, and then shows the stored choice without moving', async ({
    page,
  }) => {
    await page.goto('/en/comparison/');
    await page.evaluate(() => localStorage.setItem('starlight-theme', 'light'));
    const picker = page.getByRole('banner').getByRole('combobox', { name: 'Select theme' });

    // The picker's script held back until the page is on screen without it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(script, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.reload();
    await expect(picker).toBeVisible();
    const before = await picker.boundingBox();
    expect(before).not.toBeNull();

    release();
    await loading;
    await expect(picker).toHaveValue('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await picker.boundingBox()).toEqual(before);
    await picker.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is not shown, since it could not work', async ({ page }) => {
      await page.goto('/es/comparison/');
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.locator('starlight-theme-select').first()).toBeHidden();
      await expect(page.getByRole('combobox', { name: 'Seleccionar tema' })).toHaveCount(0);
    });
  });
});
