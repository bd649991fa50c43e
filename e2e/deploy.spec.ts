/**
 * The site as deployed: these tests never write a path from the root, so they run against a build
 * at the root (`npm run test:e2e`) and, unchanged, against a build under a sub-path served there
 * (`npm run test:base`, with `BASE_PATH=/cso-vs-cro/`).
 */
import { test as unguarded, type Page } from '@playwright/test';
import { expect, expectSearch, expectShareLinkReproducesResult, quiz, test, uiStrings } from './fixtures.ts';
import { listPagePaths } from '../src/site/page-list.ts';
import { askOver, checkHost } from '../src/quality/host-checks.ts';

/** The URL the site is served at, from the project's `baseURL`, always ending in `/`. */
function siteUrl(): URL {
  const base = test.info().project.use.baseURL ?? 'http://localhost/';
  return new URL(base.endsWith('/') ? base : `${base}/`);
}

/** A site path (`/es/comparison/`) as a link relative to the site, for `page.goto`. */
const relative = (path: string) => path.replace(/^\//, '');

test('every page loads under the base path', async ({ page }) => {
  const base = siteUrl().pathname;
  for (const path of listPagePaths()) {
    const response = await page.goto(relative(path));
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
    // Every link of the page to the site itself stays under the base.
    const strays = await page.locator('a[href]').evaluateAll(
      (links, prefix) =>
        links
          .map((link) => new URL((link as HTMLAnchorElement).href))
          .filter((url) => url.origin === location.origin && !url.pathname.startsWith(prefix))
          .map((url) => url.href),
      base,
    );
    expect(strays, `links of ${path} outside ${base}`).toEqual([]);
  }
});

test.describe('with a browser in Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('the language entry page sends the browser to its language, under the base path', async ({ page }) => {
    await page.goto('');
    await expect(page).toHaveURL(new URL('es/', siteUrl()).href);
  });
});

test('the language link leads to the same page in the other language', async ({ page }) => {
  await page.goto('es/comparison/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new URL('en/comparison/', siteUrl()).href);
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(new URL('es/comparison/', siteUrl()).href);
});

test('search finds a page and leads to it', async ({ page }) => {
  await page.goto('en/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('churn');
  const first = dialog.locator('.pagefind-ui__result-link').first();
  await expectSearch(first).toBeVisible();
  const target = new URL((await first.getAttribute('href')) ?? '', page.url()).href;
  expect(target.startsWith(new URL('en/', siteUrl()).href), target).toBe(true);
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.url() === target.split('#')[0]),
    first.click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(target);
});

test('a missing page answers 404 with a way home under the base path', async ({ page }) => {
  const response = await page.goto('es/no-such-page/');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: uiStrings('es')['notFound.home'] ?? 'notFound.home' }).click();
  await expect(page).toHaveURL(new URL('es/', siteUrl()).href);
});

test("every page's social card is a PNG of the site", async ({ page, request }) => {
  for (const path of ['es/', 'en/quiz/', 'es/no-such-page/']) {
    await page.goto(path);
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    const { pathname } = new URL(card ?? '');
    expect(pathname.startsWith(siteUrl().pathname), `${path}: ${card}`).toBe(true);
    const response = await request.get(new URL(pathname, siteUrl()).href);
    expect(response.headers()['content-type'], `${path}: ${card}`).toBe('image/png');
  }
});

test('a shared quiz link shows its result under the base path', async ({ page, browser }) => {
  const t = (key: string) => uiStrings('en')[key] ?? key;
  const questions = quiz.parts.reduce((sum, part) => sum + part.questions.length, 0);
  await page.goto('en/quiz/');
  await page.getByRole('button', { name: t('quiz.start.both') }).click();
  for (let i = 0; i < questions; i++) await answerByKeyboard(page);
  await page.getByRole('button', { name: t('quiz.seeResult') }).click();
  const link = await expectShareLinkReproducesResult(page, browser, 'en');
  expect(link.startsWith(new URL('en/quiz/?', siteUrl()).href)).toBe(true);
});

/** Answers the focused question with its first option, by keyboard. */
async function answerByKeyboard(page: Page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
}

test('the server passes the host checks: headers, caching, 304, compression, redirects and 404s', async () => {
  const url = siteUrl();
  const { checks, problems } = await checkHost(askOver(url.origin), url.pathname);
  expect(problems).toEqual([]);
  expect(checks).toBeGreaterThan(40);
});

// Not guarded by the fixtures: the CSP violation this test provokes is the point.
unguarded(
  'a page served with no headers at all still refuses an injected inline script',
  async ({ page, request }) => {
    const original = await (await request.get(new URL('es/', siteUrl()).href)).text();
    const injected = original.replace(
      /<body([^>]*)>/,
      '<body$1><script>window.injected = "script"</script><img src="x" alt="" onerror="window.injected = \'handler\'">',
    );
    expect(injected).not.toBe(original);
    await page.route(new URL('es/', siteUrl()).href, (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: injected }),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = (document.documentElement.dataset.violations ?? '').split(' ').filter(Boolean);
        document.documentElement.dataset.violations = [...seen, event.effectiveDirective].join(' ');
      });
    });
    const response = await page.goto('es/');
    const headers = response?.headers() ?? {};
    expect(Object.keys(headers).filter((name) => !['content-type', 'content-length'].includes(name))).toEqual(
      [],
    );
    await expect(page.locator('html')).toHaveAttribute('data-violations', /script-src-elem/);
    await expect(page.locator('html')).toHaveAttribute('data-violations', /script-src-attr/);
    expect(await page.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
    // The page's own scripts, hashed or from files, still run: the search button is shown by one.
    await expect(page.getByRole('button', { name: 'Buscar' }).first()).toBeVisible();
  },
);
