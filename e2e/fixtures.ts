import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Browser, type Page } from '@playwright/test';
import type { Answers } from '../src/quiz/engine.ts';
import type { PartId } from '../src/quiz/ids.ts';
import { buildQuizModel } from '../src/quiz/payload.ts';
import { readQuiz } from '../src/quiz/read-quiz-file.ts';
import { encodeAnswers } from '../src/quiz/share-link.ts';

/** The site's UI strings in one language, as translators wrote them in `content/i18n/`. */
export function uiStrings(lang: 'es' | 'en'): Record<string, string> {
  return JSON.parse(readFileSync(new URL(`../content/i18n/${lang}.json`, import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
}

/** The quiz definition, read and checked from `content/quiz/` as the build reads it. */
export const quiz = readQuiz();
const model = buildQuizModel(quiz);

/** Every question of a part answered with its first option (the CSO end) or its last (the CRO end). */
export function answers(part: PartId, pick: 'first' | 'last'): Answers {
  const questions = quiz.parts.find(({ id }) => id === part)?.questions ?? [];
  const chosen = questions.map(({ id, options }) => [
    id,
    (pick === 'first' ? options[0] : options.at(-1))?.id,
  ]);
  return { [part]: Object.fromEntries(chosen) };
}

/** A share link's query (`?v=…&need=…`) for some answers, written by the quiz's own encoder. */
export function shareQuery(...sets: Answers[]): string {
  return `?${encodeAnswers(model, Object.assign({}, ...sets))}`;
}

/** Runs axe-core with the WCAG 2.2 A/AA rules and best practices, and expects no violation. */
export async function expectNoAxeViolations(page: Page, context: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Every rule still runs; only the details of what passed are not gathered, which on pages
    // that hold every quote is most of axe's time.
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = violations.map(
    ({ id, impact, nodes }) => `${id} (${impact}): ${nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/**
 * With a quiz result on screen: reads its verdicts and its share link, opens the link in a fresh
 * browser context (nothing stored shared with this one), and expects the same verdicts there.
 * Returns the link, for the caller's own checks of its form.
 */
export async function expectShareLinkReproducesResult(
  page: Page,
  browser: Browser,
  lang: 'es' | 'en',
): Promise<string> {
  const t = (key: string) => uiStrings(lang)[key] ?? key;
  const verdicts = await page.locator('[data-verdict]:visible').allTextContents();
  expect(verdicts.length, 'verdicts on the result').toBeGreaterThan(0);
  const link = await page.getByRole('textbox', { name: t('quiz.share.label') }).inputValue();
  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { name: t('quiz.result.title'), level: 2 })).toBeVisible();
    expect(await other.locator('[data-verdict]:visible').allTextContents()).toEqual(verdicts);
  } finally {
    await fresh.close();
  }
  return link;
}

/** Every test fails when a page logs a console error, throws, breaks the CSP or calls another host. */
export const test = base.extend<{ guards: { errors: string[]; foreignRequests: string[] } }>({
  guards: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const foreignRequests: string[] = [];
      // A 404 page is served with status 404, which Chromium logs; that one is expected.
      const missingDocuments = new Set<string>();
      page.on('response', (response) => {
        if (response.request().isNavigationRequest() && response.status() === 404)
          missingDocuments.add(response.url());
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (missingDocuments.has(message.location().url) && / 404 /.test(message.text())) return;
        errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (
          !['data:', 'blob:'].includes(url.protocol) &&
          !['localhost', '127.0.0.1'].includes(url.hostname)
        ) {
          foreignRequests.push(request.url());
        }
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
          );
        });
      });
      await use({ errors, foreignRequests });
      expect(errors, 'console errors and CSP violations').toEqual([]);
      expect(foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** `expect` for search results: Pagefind's first search loads its WebAssembly and index, slow on a busy machine. */
export const expectSearch = expect.configure({ timeout: 20_000 });
