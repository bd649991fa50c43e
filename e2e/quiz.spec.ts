import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  expectShareLinkReproducesResult,
  quiz,
  test,
  uiStrings,
} from './fixtures.ts';

const [need, fit] = quiz.parts;
if (!need || !fit) throw new Error('The quiz needs two parts');
const questionCount = need.questions.length + fit.questions.length;

/** Presses Tab until the focused element is the one described, as a keyboard user would. */
async function tabTo(page: Page, role: 'button' | 'link', name: string) {
  const target = page.getByRole(role, { name, exact: true });
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the ${role} "${name}"`);
}

/**
 * Answers the current question by keyboard from its focused heading: Tab into the radio group,
 * then ArrowUp wraps to the last option (the CRO end) or Space takes the first (the CSO end).
 */
async function answerByKeyboard(page: Page, end: 'cso' | 'cro') {
  await page.keyboard.press('Tab');
  await page.keyboard.press(end === 'cro' ? 'ArrowUp' : 'Space');
  await page.keyboard.press('Enter');
}

async function startBoth(page: Page, lang: 'es' | 'en') {
  const ui = uiStrings(lang);
  await page.goto(`/${lang}/quiz/`);
  await tabTo(page, 'button', ui['quiz.start.both'] ?? '');
  await page.keyboard.press('Enter');
}

for (const lang of ['es', 'en'] as const) {
  const ui = uiStrings(lang);
  const t = (key: string) => ui[key] ?? key;
  const progress = (n: number, total: number) =>
    t('quiz.progress').replace('{{n}}', String(n)).replace('{{total}}', String(total));
  const resultRegion = (page: Page) =>
    page.getByRole('region', { name: t('quiz.result.title'), exact: true });
  const startRegion = (page: Page) => page.getByRole('region', { name: t('quiz.start.title') });

  test.describe(`the quiz in ${lang}`, () => {
    test('both parts by keyboard only, to a result', async ({ page }) => {
      await startBoth(page, lang);
      for (const [part, end] of [
        [need, 'cro'],
        [fit, 'cso'],
      ] as const) {
        for (const [index, question] of part.questions.entries()) {
          await expect(page.locator(':focus')).toHaveText(progress(index + 1, part.questions.length));
          await expect(page.getByRole('group', { name: question.prompt[lang] })).toBeVisible();
          await answerByKeyboard(page, end);
        }
      }
      await expect(page.locator(':focus')).toHaveText(t('quiz.summary.title'));
      await tabTo(page, 'button', t('quiz.seeResult'));
      await page.keyboard.press('Enter');
      await expect(page.locator(':focus')).toHaveText(t('quiz.result.title'));
      const result = resultRegion(page);
      await expect(result.getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      await expect(result.getByText(t('quiz.verdict.fit.cso.clear'))).toBeVisible();
      const match = result.getByRole('region', { name: t('quiz.result.match') });
      await expect(match.locator('[data-outcome="cso-in-cro-seat"]')).toBeVisible();
      await expect(match.locator('[data-outcome="cso-in-cro-seat"] a').first()).toHaveAttribute(
        'href',
        new RegExp(`^/${lang}/articles/cro-or-cso/#cso-strengths-in-a-cro-role:~:text=`),
      );
      await expect(page.getByRole('status')).toContainText(t('quiz.verdict.need.cro.clear'));
    });

    test('an answer changed from the summary, without redoing the rest', async ({ page }) => {
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      const first = need.questions[0];
      if (!first) throw new Error('no first question');
      const firstAnswer = page.locator('[data-summary-question="channels"] [data-answer]:visible');
      await expect(firstAnswer).toHaveText(first.options.at(-1)?.label[lang] ?? '');
      const changeName = `${t('quiz.summary.change')} ${t('quiz.summary.changeWhich').replace('{{question}}', first.prompt[lang] ?? '')}`;
      await page.getByRole('button', { name: changeName }).click();
      await expect(page.locator(':focus')).toHaveText(progress(1, need.questions.length));
      await page.getByRole('radio', { name: first.options[0]?.label[lang] ?? '' }).check();
      await page.getByRole('button', { name: t('quiz.backToSummary') }).click();
      await expect(page.locator(':focus')).toHaveText(t('quiz.summary.title'));
      await expect(firstAnswer).toHaveText(first.options[0]?.label[lang] ?? '');
      const last = fit.questions.at(-1);
      await expect(page.locator(`[data-summary-question="${last?.id}"] [data-answer]:visible`)).toHaveText(
        last?.options.at(-1)?.label[lang] ?? '',
      );
    });

    test('a share link shows the same result in a fresh page', async ({ page, browser }) => {
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, i % 3 === 0 ? 'cso' : 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      const link = await expectShareLinkReproducesResult(page, browser, lang);
      expect(link).toMatch(new RegExp(`/${lang}/quiz/\\?v=${quiz.version}&need=`));
    });

    test('the copy button copies the share link', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await page.getByRole('button', { name: t('quiz.share.copy') }).click();
      await expect(page.getByRole('status')).toHaveText(t('quiz.share.copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await page.getByRole('textbox', { name: t('quiz.share.label') }).inputValue());
    });

    for (const [problem, search] of [
      ['malformed', `?v=${quiz.version}&need=channels_<img src=x onerror=alert(1)>`],
      ['outdated', `?v=${quiz.version + 1}&fit=background_sales`],
      ['incomplete', `?v=${quiz.version}&need=channels_one.products_one`],
    ] as const) {
      test(`a ${problem} link explains itself and starts the quiz afresh`, async ({ page }) => {
        page.on('dialog', () => {
          throw new Error('A dialog opened: something from the URL ran as code');
        });
        await page.goto(`/${lang}/quiz/${search}`);
        const notice = startRegion(page).getByText(t(`quiz.link.${problem}`));
        await expect(notice).toBeVisible();
        await expect(page.getByRole('status')).toHaveText(t(`quiz.link.${problem}`));
        await expect(page.getByRole('button', { name: t('quiz.start.both') })).toBeVisible();
        await expect(page.locator('role-fit-quiz img')).toHaveCount(0);
        expect(new URL(page.url()).search).toBe('');
      });
    }

    test('a reload in the middle of the quiz resumes where it was', async ({ page }) => {
      await startBoth(page, lang);
      for (let i = 0; i < 3; i++) await answerByKeyboard(page, 'cro');
      await page.reload();
      await expect(page.getByRole('heading', { name: progress(4, need.questions.length) })).toBeVisible();
      await page.getByRole('button', { name: t('quiz.back') }).click();
      const third = need.questions[2];
      await expect(page.getByRole('radio', { name: third?.options.at(-1)?.label[lang] ?? '' })).toBeChecked();
    });

    test('with storage disabled, the quiz still completes', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Storage is disabled', 'SecurityError');
          },
        });
      });
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cso');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await expect(resultRegion(page).getByText(t('quiz.verdict.need.cso.clear'))).toBeVisible();
      await expect(page.locator('[data-outcome="match-cso"]')).toBeVisible();
    });

    test('browser Back after the result goes back within the quiz', async ({ page }) => {
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${lang}/quiz/$`));
      await expect(page.getByRole('heading', { name: t('quiz.summary.title'), level: 2 })).toBeVisible();
      await page.goBack();
      await expect(
        page.getByRole('heading', { name: progress(fit.questions.length, fit.questions.length) }),
      ).toBeVisible();
      await page.goForward();
      await page.goForward();
      await expect(resultRegion(page).getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
    });

    test('Start again clears every answer and the stored progress', async ({ page }) => {
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await page.getByRole('button', { name: t('quiz.restart') }).click();
      await expect(page.locator(':focus')).toHaveText(t('quiz.start.title'));
      await page.getByRole('button', { name: t('quiz.start.both') }).click();
      await expect(
        page
          .getByRole('group', { name: need.questions[0]?.prompt[lang] ?? '' })
          .getByRole('radio', { checked: true }),
      ).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole('heading', { name: progress(1, need.questions.length) })).toBeVisible();
      await expect(page.locator('role-fit-quiz input:checked')).toHaveCount(0);
    });

    test('Next without an answer says what to do', async ({ page }) => {
      await startBoth(page, lang);
      await page.getByRole('button', { name: t('quiz.next') }).click();
      await expect(page.locator('#quiz-error')).toHaveText(t('quiz.required'));
      await expect(page.locator('#quiz-error')).toBeVisible();
      await expect(
        page.getByRole('group', { name: need.questions[0]?.prompt[lang] ?? '' }),
      ).toHaveAccessibleDescription(t('quiz.required'));
      await expect(page.getByRole('heading', { name: progress(1, need.questions.length) })).toBeVisible();
    });

    test('one part alone gives its result without a match', async ({ page }) => {
      await page.goto(`/${lang}/quiz/`);
      await page.getByRole('button', { name: fit.title[lang] }).click();
      for (let i = 0; i < fit.questions.length; i++) await answerByKeyboard(page, i < 4 ? 'cso' : 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await expect(resultRegion(page).getByText(t('quiz.verdict.fit.both'))).toBeVisible();
      await expect(page.getByRole('heading', { name: t('quiz.result.match') })).toBeHidden();
      await expect(page.getByRole('heading', { name: need.title[lang], level: 3 })).toBeHidden();
    });

    test('the quiz makes no network request', async ({ page }) => {
      await page.goto(`/${lang}/quiz/`);
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      // The browser may still fetch the page's icon; the quiz itself must fetch nothing.
      page.on('request', (request) => {
        if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
      });
      await page.getByRole('button', { name: t('quiz.start.both') }).click();
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await page.getByRole('button', { name: t('quiz.summary.title') }).click();
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      expect(requests).toEqual([]);
    });

    test('the result prints on its own', async ({ page }) => {
      await startBoth(page, lang);
      for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, 'cro');
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: t('quiz.result.title'), level: 2 })).toBeVisible();
      await expect(resultRegion(page).getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      await expect(page.getByRole('textbox', { name: t('quiz.share.label') })).toBeVisible();
      for (const hidden of [
        page.locator('header').first(),
        page.locator('nav').first(),
        page.getByRole('heading', { level: 1 }),
        page.getByRole('button', { name: t('quiz.restart') }),
        page.getByRole('button', { name: t('quiz.share.copy') }),
      ]) {
        await expect(hidden).toBeHidden();
      }
    });

    for (const viewport of [
      { width: 320, height: 640 },
      { width: 640, height: 360 },
    ]) {
      test.describe(`at ${viewport.width}×${viewport.height} (a phone, or 200% zoom)`, () => {
        test.use({ viewport });
        test('every step fits the width', async ({ page }) => {
          const fits = async () =>
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
              viewport.width,
            );
          await page.goto(`/${lang}/quiz/`);
          await fits();
          await page.getByRole('button', { name: t('quiz.start.both') }).click();
          await fits();
          for (let i = 0; i < questionCount; i++) {
            await answerByKeyboard(page, 'cro');
            await fits();
          }
          await page.getByRole('button', { name: t('quiz.seeResult') }).click();
          await fits();
        });
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violation at each step, in the ${theme} theme`, async ({ page }) => {
        // Five axe runs in one test, over a page that holds every sentence of every result.
        test.setTimeout(240_000);
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(`/${lang}/quiz/`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectNoAxeViolations(page, 'at the start');
        await page.getByRole('button', { name: t('quiz.start.both') }).click();
        await expectNoAxeViolations(page, 'at the first question');
        await page.getByRole('button', { name: t('quiz.next') }).click();
        await expectNoAxeViolations(page, 'with the answer-required message');
        await page.getByRole('heading', { name: progress(1, need.questions.length) }).focus();
        for (let i = 0; i < questionCount; i++) await answerByKeyboard(page, i % 2 ? 'cso' : 'cro');
        await expectNoAxeViolations(page, 'at the summary');
        await page.getByRole('button', { name: t('quiz.seeResult') }).click();
        await expectNoAxeViolations(page, 'at the result');
      });
    }

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('every question and the scoring guide are readable', async ({ page }) => {
        await page.goto(`/${lang}/quiz/`);
        for (const part of [need, fit]) {
          for (const question of part.questions) {
            const group = page.getByRole('group', { name: question.prompt[lang] });
            await expect(group).toBeVisible();
            await expect(group.getByRole('radio')).toHaveCount(question.options.length);
          }
        }
        await expect(page.getByRole('heading', { name: t('quiz.guide.title') })).toBeVisible();
        await expect(page.getByRole('table')).toHaveCount(2);
        await expect(page.getByText(t('quiz.short.cro.clear')).first()).toBeVisible();
        await expect(page.getByRole('button', { name: t('quiz.next') })).toBeHidden();
        await expect(page.getByRole('heading', { name: t('quiz.result.title') })).toBeHidden();
      });
    });
  });
}
