import type { Locator, Page } from '@playwright/test';
import { answers, expect, expectNoAxeViolations, quiz, shareQuery, test, uiStrings } from './fixtures.ts';

/**
 * Ticks a box as a reader does: the checklist on screen first, then the tap. The blocks above it are
 * laid out as they near the screen, so right after a jump they may still settle by a frame.
 */
async function tick(box: Locator) {
  await box.scrollIntoViewIfNeeded();
  await box.check();
}

const link = shareQuery;
const NEED_CSO = answers('need', 'first');
const NEED_CRO = answers('need', 'last');
const FIT_CSO = answers('fit', 'first');
const FIT_CRO = answers('fit', 'last');
// Strong answers both ways, cancelling out: "it depends".
const NEED_BOTH = {
  need: {
    channels: 'one',
    products: 'one',
    verticals: 'several',
    ownership: 'undecided',
    'marketing-and-success': 'separate',
    goal: 'both',
    growth: 'unsure',
    excuses: 'unsure',
  },
};

for (const lang of ['es', 'en'] as const) {
  const t = (key: string) => uiStrings(lang)[key] ?? key;
  const briefLinks = (page: Page) =>
    page.getByRole('region', { name: t('quiz.brief.title') }).getByRole('link');

  test.describe(`the role briefs in ${lang}`, () => {
    for (const [name, query, expected] of [
      ['a clear CSO', link(NEED_CSO), ['cso']],
      ['a clear CRO', link(NEED_CRO), ['cro']],
      ['an “it depends” answer set', link(NEED_BOTH), ['cso', 'cro']],
    ] as const) {
      test(`a quiz result for ${name} leads to the right brief, with the answers`, async ({ page }) => {
        await page.goto(`/${lang}/quiz/${query}`);
        await expect(page.getByRole('heading', { name: t('quiz.result.title'), level: 2 })).toBeVisible();
        const links = briefLinks(page);
        await expect(links).toHaveCount(expected.length);
        for (const [index, role] of expected.entries()) {
          const target = await links
            .nth(index)
            .evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search);
          expect(target).toBe(`/${lang}/brief/${role}/${query}`);
        }
        if (expected.length === 2) await expect(page.getByText(t('quiz.brief.both'))).toBeVisible();
        await links.first().click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/brief/${expected[0]}/\\?v=`));
        await expect(page.getByRole('heading', { name: t('brief.personal.title') })).toBeVisible();
      });
    }

    test('a mismatch shows at the top of the brief, with its consequence and the article’s advice', async ({
      page,
    }) => {
      await page.goto(`/${lang}/quiz/${link(NEED_CRO, FIT_CSO)}`);
      await briefLinks(page).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/brief/cro/`));
      const personal = page.getByRole('region', { name: t('brief.personal.title') });
      await expect(personal.getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      await expect(personal.getByText(t('quiz.verdict.fit.cso.clear'))).toBeVisible();
      const outcome = personal.locator('[data-outcome="cso-in-cro-seat"]');
      await expect(outcome).toBeVisible();
      await expect(personal.locator('[data-outcome]:visible')).toHaveCount(1);
      await expect(outcome.locator('.evidence').first()).toBeVisible();
      // It comes before the brief's first section.
      const [top, first] = await Promise.all([
        personal.boundingBox(),
        page
          .getByRole('heading', {
            level: 2,
            name: lang === 'es' ? 'Crear el puesto adecuado' : 'Create the right role',
          })
          .boundingBox(),
      ]);
      expect(top && first && top.y < first.y).toBe(true);
    });

    test('the share link of a personalised brief shows the same in a fresh page', async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`/${lang}/brief/cso/${link(NEED_CSO, FIT_CRO)}`);
      await expect(page.locator('[data-outcome="cro-in-cso-seat"]')).toBeVisible();
      await context.close();
    });

    test('answers that point to the other role lead to its brief, with the same answers', async ({
      page,
    }) => {
      const query = link(NEED_CRO);
      await page.goto(`/${lang}/brief/cso/${query}`);
      const other = page.locator('[data-other]');
      await expect(other).toBeVisible();
      const target = await other
        .getByRole('link')
        .evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search);
      expect(target).toBe(`/${lang}/brief/cro/${query}`);
    });

    for (const [problem, query] of [
      ['malformed', `?v=${quiz.version}&need=channels_<script>`],
      ['outdated', shareQuery(FIT_CSO).replace(`v=${quiz.version}`, `v=${quiz.version + 1}`)],
      ['incomplete', `?v=${quiz.version}&need=channels_one`],
    ] as const) {
      test(`a ${problem} link says so in ${lang} and the brief still reads in full`, async ({ page }) => {
        await page.goto(`/${lang}/brief/cro/${query}`);
        await expect(page.locator('.quiz-notice', { hasText: t(`quiz.link.${problem}`) })).toBeVisible();
        await expect(page.locator('[data-outcome]:visible')).toHaveCount(0);
        await expect(page.locator('.brief-checklist li')).toHaveCount(10);
      });
    }

    test('“Copy as text” puts every section and every citation’s address on the clipboard', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${lang}/brief/cro/${link(NEED_CRO, FIT_CSO)}`);
      await page.getByRole('button', { name: t('brief.copy') }).click();
      await expect(page.getByRole('status')).toHaveText(t('brief.copied'));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text.startsWith('# ')).toBe(true);
      for (const heading of await page.locator('.sl-markdown-content h2').allTextContents()) {
        expect(text).toContain(`## ${heading.trim()}`);
      }
      expect(text).toContain(t('quiz.verdict.need.cro.clear'));
      const hrefs = await page
        .locator('.sl-markdown-content .evidence-quote a')
        .evaluateAll((links) =>
          links.filter((a) => !a.closest('[hidden]')).map((a) => (a as HTMLAnchorElement).href),
        );
      expect(hrefs.length).toBeGreaterThan(20);
      // The build had no SITE_URL: the addresses are those of the site being read.
      for (const href of hrefs) expect(text).toContain(href);
      expect(text).not.toContain('localhost:4321');
      expect(text).toContain('- [ ] ');
      // Plain Markdown: quotes as blockquotes, no HTML entity, a blank line before every heading.
      expect(text).not.toMatch(/&(gt|lt|amp|quot|#\d+);/);
      expect(text).toMatch(/^> [“«]/m);
      expect(text).not.toMatch(/[^\n]\n#{2,3} /);
    });

    test('the checklist is remembered across a reload', async ({ page }) => {
      await page.goto(`/${lang}/brief/cso/`);
      const boxes = page.locator('.brief-checklist input[type=checkbox]');
      await tick(boxes.nth(1));
      await tick(boxes.nth(3));
      await page.reload();
      await expect(boxes.nth(1)).toBeChecked();
      await expect(boxes.nth(3)).toBeChecked();
      await expect(boxes.nth(0)).not.toBeChecked();
      // Each role keeps its own.
      await page.goto(`/${lang}/brief/cro/`);
      await expect(page.locator('.brief-checklist input:checked')).toHaveCount(0);
    });

    test('with storage disabled the checklist still ticks, and nothing breaks', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Storage is disabled', 'SecurityError');
          },
        });
      });
      await page.goto(`/${lang}/brief/cso/`);
      const box = page.locator('.brief-checklist input[type=checkbox]').first();
      await tick(box);
      await expect(box).toBeChecked();
      await page.reload();
      await expect(box).not.toBeChecked();
    });

    test('prints on at most two A4 pages, without the site’s chrome, with the citations’ addresses', async ({
      page,
    }) => {
      await page.goto(`/${lang}/brief/cro/${link(NEED_CRO, FIT_CSO)}`);
      // On screen the blocks below the first screen are laid out as they near it; printed, all are.
      const blocks = page.locator('.render-near-screen');
      const visibility = () =>
        blocks.evaluateAll((elements) => [
          ...new Set(elements.map((e) => getComputedStyle(e).contentVisibility)),
        ]);
      expect(await blocks.count()).toBeGreaterThan(0);
      expect(await visibility()).toEqual(['auto']);
      await page.emulateMedia({ media: 'print' });
      expect(await visibility()).toEqual(['visible']);
      await expect(page.locator('header').first()).toBeHidden();
      await expect(page.getByRole('button', { name: t('brief.copy') })).toBeHidden();
      const after = await page
        .locator('.evidence-quote figcaption a')
        .first()
        .evaluate((element) => getComputedStyle(element, '::after').content);
      // The build had no SITE_URL: the printed address is the passage's path, never localhost's.
      expect(after).toMatch(new RegExp(`^"/${lang}/articles/[a-z-]+/#[a-z-]+"$`));
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThan(0);
      expect(pages.length).toBeLessThanOrEqual(2);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violation on a personalised brief, in the ${theme} theme`, async ({ page }) => {
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(`/${lang}/brief/cro/${link(NEED_CRO, FIT_CSO)}`);
        await expect(page.locator('[data-personal]')).toBeVisible();
        await expectNoAxeViolations(page, 'on a personalised brief');
      });
    }

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the brief reads in full, and the answers of a link are simply not shown', async ({ page }) => {
        await page.goto(`/${lang}/brief/cso/${link(NEED_CSO, FIT_CSO)}`);
        await expect(page.locator('.sl-markdown-content h2:visible')).toHaveCount(5);
        await expect(page.locator('.brief-trait')).toHaveCount(5);
        await expect(page.locator('.brief-checklist li')).toHaveCount(10);
        await expect(page.getByRole('button', { name: t('brief.copy') })).toBeHidden();
        await expect(page.locator('[data-personal]')).toBeHidden();
      });
    });

    test('the home page, the comparison, the articles and the sidebar lead to the briefs', async ({
      page,
    }) => {
      for (const path of [
        `/${lang}/`,
        `/${lang}/comparison/`,
        `/${lang}/articles/cso-vs-cro/`,
        `/${lang}/articles/cro-or-cso/`,
      ]) {
        await page.goto(path);
        // Content links are relative (`./brief/cso/`), code links absolute: compare where they lead.
        const targets = await page
          .locator('main a[href]')
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        expect(targets, path).toContain(new URL(`/${lang}/brief/cso/`, page.url()).href);
      }
      await page.goto(`/${lang}/comparison/`);
      await expect(page.locator(`nav a[href="/${lang}/brief/cro/"]`).first()).toBeAttached();
    });
  });
}

test('search finds the briefs in each language', async ({ page }) => {
  for (const [lang, button, query] of [
    ['es', 'Buscar', 'ficha de puesto'],
    ['en', 'Search', 'role brief'],
  ] as const) {
    await page.goto(`/${lang}/`);
    await page.getByRole('button', { name: button }).first().click();
    await page.getByRole('dialog').getByRole('textbox', { name: button }).fill(query);
    await expect(
      page.getByRole('dialog').locator(`.pagefind-ui__result-link[href^="/${lang}/brief/"]`).first(),
    ).toBeVisible();
  }
});
