import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { listPagePaths } from '../src/content/page-paths.ts';

/** Every page a reader can land on: the docs pages, the language entry and the 404 pages. */
const pages = [...listPagePaths(), '/es/no-such-page/', '/en/no-such-page/', '/no-such-page/'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ colorScheme: theme });

    for (const path of pages) {
      test(`axe finds no violation on ${path}`, async ({ page }) => {
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(path);
        await expectNoAxeViolations(page, `on ${path}`);
      });
    }

    test('axe finds no violation on the language entry page, as seen before it redirects', async ({
      page,
    }) => {
      await page.route(/\/_astro\/EntryLayout[^/]*\.js$/, (route) =>
        route.fulfill({ body: '', contentType: 'text/javascript' }),
      );
      await page.goto('/');
      await expect(page).toHaveURL('/');
      await expectNoAxeViolations(page, 'on /');
    });
  });
}

for (const path of pages) {
  test(`${path} loads with no console error, CSP violation or request to another host`, async ({ page }) => {
    // The guards of every test check the errors, violations and hosts; this visits and scrolls.
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  });
}

test('every response carries the CSP and security headers', async ({ request }) => {
  for (const path of ['/', '/es/', '/en/quiz/', '/pagefind/pagefind.js']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/default-src 'none'/);
    expect(headers['content-security-policy'], path).not.toMatch(/unsafe-inline/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBeTruthy();
  }
});

for (const [lang, buttonName, query] of [
  ['es', 'Buscar', 'estrategia'],
  ['en', 'Search', 'strategy'],
] as const) {
  test(`searching in ${lang} breaks no CSP rule and stays on this host`, async ({ page }) => {
    await page.goto(`/${lang}/articles/cro-or-cso/`);
    await page.getByRole('button', { name: buttonName }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: buttonName }).fill(query);
    await expect(page.getByRole('dialog').locator('.pagefind-ui__result').first()).toBeVisible();
    await expectNoAxeViolations(page, 'with search results open');
  });
}
