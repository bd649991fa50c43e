import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, expectNoAxeViolations, test } from './fixtures.ts';
import { listPagePaths } from '../src/site/page-list.ts';

/** Every page a reader can land on: the docs pages, the language entry and the 404 pages. */
const pages = [...listPagePaths(), '/es/no-such-page/', '/en/no-such-page/', '/no-such-page/'];

/** Shows the page in a theme as a reader who picked it would: stored, then the page loaded afresh. */
async function showInTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.reload();
  // The pages outside both languages (the entry page, the root 404) follow the system's scheme alone.
  if (await page.locator('html[data-theme]').count())
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

// One visit per page, both themes: each page load and axe run costs seconds on two cores.
for (const path of pages) {
  test(`${path}: no console error, CSP violation or request to another host, and axe finds no violation in either theme`, async ({
    page,
  }) => {
    // The guards of every test check the errors, violations and hosts; this visits and scrolls.
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    for (const theme of ['light', 'dark'] as const) {
      await showInTheme(page, theme);
      await expectNoAxeViolations(page, `on ${path}, in the ${theme} theme`);
    }
  });
}

test('axe finds no violation on the language entry page, as seen before it redirects, in either theme', async ({
  page,
}) => {
  await page.route(/\/_astro\/EntryLayout[^/]*\.js$/, (route) =>
    route.fulfill({ body: '', contentType: 'text/javascript' }),
  );
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/');
    await expect(page).toHaveURL('/');
    await expectNoAxeViolations(page, `on /, in the ${theme} theme`);
  }
});

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

// Lighthouse audits a page on a phone as it loads, without scrolling. Blocks that the browser lays
// out only as they near the screen keep a placeholder size until then; a block whose content
// outgrows it makes its links and toggles overlap the next block's there, and Lighthouse counts
// them as targets too small to tap.
test.describe('on a phone, as Lighthouse audits a page before any scroll', () => {
  test.use({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  for (const path of listPagePaths()) {
    test(`${path}: every link and toggle has room to be tapped`, async ({ page }) => {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(violations.flatMap(({ nodes }) => nodes.map(({ target }) => target.join(' ')))).toEqual([]);
    });
  }
});
