import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { MAX_CHARACTERS } from '../src/job-description/input.ts';
import { scorePart, verdictKey } from '../src/quiz/engine.ts';
import { LANGUAGE_NAMES } from '../src/site/languages.ts';
import { expect, expectNoAxeViolations, quiz, shareQuery, test } from './fixtures.ts';
import {
  jobDescription as fixture,
  listAnswerSentences as sentencesOf,
  listHighlights,
  listMismatchReasons,
  needPart as part,
  readLikeThePage as readAsThePageDoes,
} from './readers/job-descriptions.ts';
import { createTranslator, type Lang } from './readers/site-words.ts';

/** The job descriptions each language's page reads in these tests. */
const JD = {
  es: {
    cro: fixture('a CRO for a multi-channel company'),
    cso: fixture('a sales director for a single-channel company'),
    noSignal: fixture('a job the articles say nothing about'),
  },
  en: {
    cro: fixture('a CRO in a multi-channel company, in English'),
    cso: fixture('a sales director for a single-channel company, in English'),
    noSignal: fixture('a job the articles say nothing about, in English'),
  },
} as const;
/** Titles that name one role over content that points to the other, in either language. */
const MISMATCHES = [fixture("a CRO title over a CSO's job"), fixture("a VP of Sales title over a CRO's job")];
const OTHER_LANGUAGE = fixture('a job description in French');
/** The reader's own data: its open points, each with its statement and quotes. */
const readerData = (
  parseYaml(readFileSync(new URL('../content/job-description/reader.yaml', import.meta.url), 'utf8')) as {
    undecided: { id: string; point: Record<Lang, string> & { cite: Record<Lang, string>[] } }[];
  }[]
)[0] ?? { undecided: [] };

const [need] = quiz.parts;
if (!need) throw new Error('The quiz has no part about the company');
const disagreements = (
  parseYaml(readFileSync(new URL('../content/comparison/disagreements.yaml', import.meta.url), 'utf8')) as {
    points: { id: string; topic: Record<Lang, string> }[];
  }[]
)[0]?.points;

/** A quiz option of the part about the company. */
function optionOf(questionId: string, optionId: string) {
  const option = need?.questions
    .find(({ id }) => id === questionId)
    ?.options.find(({ id }) => id === optionId);
  if (!option) throw new Error(`No option ${questionId}_${optionId}`);
  return option;
}

const verdictKeyOf = (answers: Record<string, string>) => {
  const result = scorePart(part, answers);
  if (!result) throw new Error('The answers do not make a result');
  return verdictKey(result.verdict);
};

for (const lang of ['es', 'en'] as const) {
  const t = createTranslator(lang);
  const count = new Intl.NumberFormat(lang).format(MAX_CHARACTERS);
  const path = `/${lang}/job-description/`;
  const textbox = (page: Page) => page.getByRole('textbox', { name: t('jd.input.label') });
  const resultRegion = (page: Page) => page.getByRole('region', { name: t('jd.result.title') });
  const textRegion = (page: Page) => page.getByRole('region', { name: t('jd.text.title') });
  const question = (page: Page, prompt: string) =>
    resultRegion(page).getByRole('group', { name: prompt, exact: true });
  const sentenceLinks = (group: Locator) => group.getByRole('list').getByRole('link');
  const notice = (page: Page, key: string) =>
    page.getByRole('region', { name: t('jd.input.title') }).getByText(t(`jd.notice.${key}`, { count }));
  const verdictText = (answers: Record<string, string>) => t(`quiz.verdict.need.${verdictKeyOf(answers)}`);

  /** Pastes a text (as a paste does: all at once) and presses Read. */
  async function read(page: Page, text: string) {
    await textbox(page).fill(text);
    await page.getByRole('button', { name: t('jd.read'), exact: true }).click();
  }

  /** Expects a quote of the articles shown in an opened Source. */
  async function expectQuote(scope: Locator, quote: string) {
    await expect(scope.getByRole('blockquote').filter({ hasText: quote }).first()).toBeVisible();
  }

  /** Follows a sentence's link and expects to land on, and focus, its highlight in the text shown. */
  async function expectLinkLandsOnSentence(page: Page, link: Locator, sentence: string) {
    await expect(link).toHaveText(`«${sentence}»`);
    await link.click();
    const mark = textRegion(page).locator('mark:focus');
    await expect(mark).toHaveText(sentence);
    await expect(mark).toBeInViewport();
    expect(new URL(page.url()).hash).toBe(await link.evaluate((a) => (a as HTMLAnchorElement).hash));
  }

  test.describe(`the job-description reader in ${lang}`, () => {
    test('a multi-channel CRO’s description: each answer found is checked, with its sentences, its explanation and its quotes', async ({
      page,
    }) => {
      const { cro } = JD[lang];
      const expected = readAsThePageDoes(cro.text);
      await page.goto(path);
      await read(page, cro.text);
      await expect(page.getByRole('heading', { name: t('jd.result.title'), level: 2 })).toBeFocused();
      for (const { id, prompt, options } of need.questions) {
        const group = question(page, prompt[lang]);
        const answer = cro.expect.answers?.[id];
        if (typeof answer !== 'string') {
          await expect(group.getByText(t('jd.state.silent'))).toBeVisible();
          await expect(sentenceLinks(group)).toHaveCount(0);
          const unsure = options.find(({ lean }) => lean === 'unsure');
          await expect(
            group.getByRole('radio', { name: unsure?.label[lang] ?? '', exact: true }),
          ).toBeChecked();
          continue;
        }
        const option = optionOf(id, answer);
        await expect(group.getByText(t('jd.state.found'))).toBeVisible();
        await expect(group.getByRole('radio', { name: option.label[lang], exact: true })).toBeChecked();
        await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
        // The explanation of the answer kept, as the quiz gives it: its words, its quotes and,
        // where it gives one article's view of a point they dispute, the way to both sides.
        if (option.lean === 'unsure') throw new Error('An answer found is never “not sure”');
        const explanation = group.locator('.statement').filter({ visible: true });
        await expect(explanation).toHaveCount(1);
        await expect(explanation).toContainText(option.explanation[lang]);
        await explanation.locator('summary').click();
        for (const quote of option.cite) await expectQuote(explanation, quote[lang]);
        for (const point of option.disputed ?? []) {
          const topic = disagreements?.find(({ id: candidate }) => candidate === point)?.topic[lang] ?? point;
          await expect(explanation.getByRole('link', { name: topic })).toHaveAttribute(
            'href',
            `/${lang}/comparison/#${point}`,
          );
        }
        const sentences = sentencesOf(expected, id);
        expect(sentences.length, `sentences of ${id}`).toBeGreaterThan(0);
        await expect(sentenceLinks(group)).toHaveCount(sentences.length);
        for (const [index, sentence] of sentences.entries()) {
          expect(cro.text).toContain(sentence);
          await expectLinkLandsOnSentence(page, sentenceLinks(group).nth(index), sentence);
        }
      }
      await expect(resultRegion(page).getByText(t('quiz.verdict.need.cro.clear'))).toBeVisible();
      // The title, and only the sentences that gave an answer, are highlighted, in the text's order.
      const marks = textRegion(page).locator('mark');
      await expect(marks).toHaveText(listHighlights(expected));
      await expect(marks.first()).toHaveText(cro.text.split('\n')[0] ?? '');
    });

    test('changing an answer changes the verdict and the links; the quiz result is the one the quiz gives by hand', async ({
      page,
    }) => {
      const { cro } = JD[lang];
      const { reading } = readAsThePageDoes(cro.text);
      const changes = {
        channels: 'one',
        ownership: 'sales-team',
        'marketing-and-success': 'separate',
        goal: 'hit-target',
      } as const;
      const changed: Record<string, string> = { ...reading.answers, ...changes };
      const before = verdictText(reading.answers);
      const after = verdictText(changed);
      expect(after, 'the changes make another verdict').not.toBe(before);

      // The same answers given to the quiz by hand, clicking the same options.
      await page.goto(`/${lang}/quiz/`);
      await page.getByRole('button', { name: need.title[lang], exact: true }).click();
      for (const [index, { id, prompt }] of need.questions.entries()) {
        await page
          .getByRole('group', { name: prompt[lang], exact: true })
          .getByRole('radio', { name: optionOf(id, changed[id] ?? '').label[lang], exact: true })
          .check();
        const forward = index < need.questions.length - 1 ? 'quiz.next' : 'quiz.review';
        await page.getByRole('button', { name: t(forward), exact: true }).click();
      }
      await page.getByRole('button', { name: t('quiz.seeResult') }).click();
      const byHand = await page.getByRole('textbox', { name: t('quiz.share.label') }).inputValue();

      await page.goto(path);
      await read(page, cro.text);
      const result = resultRegion(page);
      const quizLink = result.getByRole('link', { name: t('jd.next.quiz') });
      const target = (link: Locator) =>
        link.evaluate((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).search);
      expect(await target(quizLink)).toBe(`/${lang}/quiz/${shareQuery({ need: reading.answers })}`);
      await expect(result.getByText(before)).toBeVisible();
      for (const [id, option] of Object.entries(changes)) {
        const group = question(page, need.questions.find((q) => q.id === id)?.prompt[lang] ?? id);
        await group.getByRole('radio', { name: optionOf(id, option).label[lang], exact: true }).check();
        const explanation = group.locator('.statement').filter({ visible: true });
        await expect(explanation).toHaveCount(1);
        const chosen = optionOf(id, option);
        if (chosen.lean !== 'unsure') await expect(explanation).toContainText(chosen.explanation[lang]);
      }
      await expect(result.getByText(after)).toBeVisible();
      await expect(result.getByText(before)).toBeHidden();
      const query = shareQuery({ need: changed });
      expect(await target(quizLink)).toBe(`/${lang}/quiz/${query}`);
      for (const [role, key] of [
        ['cso', 'jd.next.briefCso'],
        ['cro', 'jd.next.briefCro'],
      ] as const) {
        expect(await target(result.getByRole('link', { name: t(key) }))).toBe(
          `/${lang}/brief/${role}/${query}`,
        );
      }

      await quizLink.click();
      await expect(page.getByRole('heading', { name: t('quiz.result.title'), level: 2 })).toBeVisible();
      await expect(
        page.getByRole('region', { name: t('quiz.result.title'), exact: true }).getByText(after),
      ).toBeVisible();
      const shared = await page.getByRole('textbox', { name: t('quiz.share.label') }).inputValue();
      expect(shared).toBe(byHand);
      expect(new URL(page.url()).search).toBe(new URL(byHand).search);
    });

    for (const mismatch of MISMATCHES) {
      test(`a title over another role’s job is said first: ${mismatch.name}`, async ({ page }) => {
        const expected = readAsThePageDoes(mismatch.text);
        const { reading } = expected;
        const content = reading.result.verdict.kind;
        if (!reading.mismatch || (content !== 'cso' && content !== 'cro'))
          throw new Error('The fixture must read as a mismatch');
        const title = mismatch.text.split('\n')[0] ?? '';
        await page.goto(path);
        await read(page, mismatch.text);
        const result = resultRegion(page);
        const sentence = result.getByText(t(`jd.mismatch.${content}`, { title }));
        await expect(sentence).toBeVisible();
        await expect(page.getByRole('status')).toContainText(t(`jd.mismatch.${content}`, { title }));
        await expect(page.getByRole('status')).toContainText(t(`quiz.verdict.need.${content}.clear`));
        // First: right after the result's heading and its note, before the answers, in reading order.
        const answersHeading = result.getByRole('heading', { name: t('jd.answers.title') });
        expect(
          await sentence.evaluate(
            (element, heading) =>
              !!(element.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING),
            await answersHeading.elementHandle(),
          ),
        ).toBe(true);
        const [top, answers] = [await sentence.boundingBox(), await answersHeading.boundingBox()];
        expect(top && answers && top.y < answers.y).toBe(true);
        // The sentences behind the content's lean, each with the quiz's explanation and its quotes.
        const behind = listMismatchReasons(expected);
        expect(behind.length).toBeGreaterThan(0);
        const reasons = result
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: /^«/ }) })
          .filter({ has: page.locator('.statement') });
        await expect(reasons).toHaveCount(behind.length);
        for (const [index, { question: id, option }] of behind.entries()) {
          const reason = reasons.nth(index);
          const chosen = optionOf(id, option);
          if (chosen.lean === 'unsure') throw new Error('An answer found is never “not sure”');
          await expect(reason).toContainText(chosen.explanation[lang]);
          await reason.locator('summary').click();
          for (const quote of chosen.cite) await expectQuote(reason, quote[lang]);
          const sentences = sentencesOf(expected, id);
          const links = reason.getByRole('link', { name: /^«/ });
          await expect(links).toHaveText(sentences.map((words) => `«${words}»`));
          await expectLinkLandsOnSentence(page, links.first(), sentences[0] ?? '');
        }
        await expect(textRegion(page).locator('mark', { hasText: title }).first()).toHaveText(title);
      });
    }

    test('a multi-channel CRO and a single-channel sales director get opposite verdicts', async ({
      page,
    }) => {
      await page.goto(path);
      for (const [jd, verdict] of [
        [JD[lang].cro, 'cro'],
        [JD[lang].cso, 'cso'],
      ] as const) {
        await page.getByRole('button', { name: t('jd.clear'), exact: true }).click();
        await expect(resultRegion(page)).toBeHidden();
        await expect(textbox(page)).toBeFocused();
        await read(page, jd.text);
        const result = resultRegion(page);
        await expect(result.getByText(t(`quiz.verdict.need.${verdict}.clear`))).toBeVisible();
        await expect(result.locator('[data-verdict]').filter({ visible: true })).toHaveCount(1);
        const expected = readAsThePageDoes(jd.text);
        const channels = question(page, need.questions[0]?.prompt[lang] ?? '');
        const sentences = sentencesOf(expected, 'channels');
        await expect(sentenceLinks(channels)).toHaveText(sentences.map((words) => `«${words}»`));
        for (const words of sentences)
          await expect(textRegion(page).getByText(words, { exact: true })).toBeVisible();
      }
    });

    test.describe('bad input', () => {
      test('no text, or only spaces: says there is nothing to read', async ({ page }) => {
        await page.goto(path);
        for (const text of ['', ' \n\t \n ']) {
          await read(page, text);
          await expect(notice(page, 'empty')).toBeVisible();
          await expect(page.getByRole('status')).toHaveText(t('jd.notice.empty', { count }));
          await expect(textbox(page)).toBeFocused();
          await expect(resultRegion(page)).toBeHidden();
          await expect(textRegion(page)).toBeHidden();
        }
      });

      test('a 2 MB paste: the text is cut, said so, and what fits is read', async ({ page }) => {
        const { cro } = JD[lang];
        const huge = `${cro.text}\n`
          .repeat(Math.ceil((2 * 1024 * 1024) / (cro.text.length + 1)))
          .slice(0, 2 * 1024 * 1024);
        await page.goto(path);
        await textbox(page).evaluate((element, value) => {
          const field = element as HTMLTextAreaElement;
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }, huge);
        await page.getByRole('button', { name: t('jd.read'), exact: true }).click();
        await expect(notice(page, 'truncated')).toBeVisible();
        await expect(page.getByRole('status')).toContainText(t('jd.notice.truncated', { count }));
        const { reading } = readAsThePageDoes(huge);
        await expect(resultRegion(page).getByText(verdictText(reading.answers))).toBeVisible();
        const shown = await textRegion(page)
          .locator('.jd-text')
          .evaluate((element) => element.textContent?.length ?? 0);
        expect(shown).toBeGreaterThan(MAX_CHARACTERS / 2);
        expect(shown).toBeLessThanOrEqual(MAX_CHARACTERS);
      });

      test('HTML from a word processor, with a script and an image that runs code, is read as text', async ({
        page,
        context,
      }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        page.on('dialog', () => {
          throw new Error('A dialog opened: the pasted markup ran as code');
        });
        const requests: string[] = [];
        page.on('request', (request) => requests.push(new URL(request.url()).pathname));
        const { cro } = JD[lang];
        const lines = cro.text.trim().split('\n');
        const markup = [
          '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8">',
          '<style>p.MsoNormal { margin: 0 }</style><script>window.jdRan = "head"</script></head><body>',
          ...lines.map(
            (line) =>
              `<p class="MsoNormal"><span style="font-family:Calibri">${line.replace(/&/g, '&amp;')}</span></p>`,
          ),
          '<img src="jd-pwned.png" onerror="window.jdRan = \'img\'; alert(1)">',
          '<script>window.jdRan = "body"; alert(2)</script>',
          '</body></html>',
        ].join('\n');
        await page.goto(path);
        await page.evaluate((text) => navigator.clipboard.writeText(text), markup);
        await textbox(page).focus();
        await page.keyboard.press('ControlOrMeta+V');
        await expect(textbox(page)).toHaveValue(markup);
        await page.getByRole('button', { name: t('jd.read'), exact: true }).click();
        await expect(notice(page, 'markup')).toBeVisible();
        await expect(page.getByRole('status')).toContainText(t('jd.notice.markup', { count }));
        const { reading } = readAsThePageDoes(markup);
        await expect(resultRegion(page).getByText(verdictText(reading.answers))).toBeVisible();
        await expect(textRegion(page)).toContainText(lines[1] ?? '');
        await expect(textRegion(page)).not.toContainText('<');
        await expect(page.locator('job-description-reader img')).toHaveCount(0);
        await expect(page.locator('job-description-reader script:not([data-model])')).toHaveCount(0);
        await expect(page.locator('job-description-reader style')).toHaveCount(0);
        expect(await page.evaluate(() => (window as { jdRan?: string }).jdRan)).toBeUndefined();
        // One tag alone in plain text is not markup: it is read, and shown, as the characters it is.
        const lone = `<img src="jd-pwned.png" onerror="window.jdRan = 'lone'">`;
        await read(page, `${cro.text.trim()}\n${lone}`);
        await expect(notice(page, 'markup')).toBeHidden();
        await expect(textRegion(page)).toContainText(lone);
        await expect(page.locator('job-description-reader img')).toHaveCount(0);
        expect(await page.evaluate(() => (window as { jdRan?: string }).jdRan)).toBeUndefined();
        expect(requests.filter((request) => request.includes('jd-pwned'))).toEqual([]);
      });

      test('a file that is not text says so; a text file is read', async ({ page }) => {
        await page.goto(path);
        const file = page.getByLabel(t('jd.file.label'));
        const png = Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
          'base64',
        );
        const pdf = Buffer.concat([
          Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'),
          Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0]),
          Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
        ]);
        for (const payload of [
          { name: 'job-description.png', mimeType: 'image/png', buffer: png },
          { name: 'job-description.pdf', mimeType: 'application/pdf', buffer: pdf },
          // A PDF saved under a text file's name is still not text.
          { name: 'job-description.txt', mimeType: 'text/plain', buffer: pdf },
        ]) {
          await file.setInputFiles(payload);
          await expect(notice(page, 'not-text'), payload.name).toBeVisible();
          await expect(page.getByRole('status')).toHaveText(t('jd.notice.not-text', { count }));
          await expect(resultRegion(page)).toBeHidden();
        }
        const { cso } = JD[lang];
        await file.setInputFiles({
          name: 'sales-director.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(cso.text),
        });
        await expect(notice(page, 'not-text')).toBeHidden();
        await expect(resultRegion(page).getByText(t('quiz.verdict.need.cso.clear'))).toBeVisible();
        await expect(textbox(page)).toHaveValue(cso.text);
      });

      test('a job description in a third language: only Spanish and English are read', async ({ page }) => {
        await page.goto(path);
        await read(page, OTHER_LANGUAGE.text);
        const said = notice(page, 'other-language');
        await expect(said).toBeVisible();
        await expect(resultRegion(page)).toBeHidden();
        await expect(textRegion(page)).toBeHidden();
        await expect(page.getByRole('status')).toContainText(t('jd.notice.other-language', { count }));
        await expect(said.getByRole('link', { name: t('jd.toQuiz') })).toHaveAttribute(
          'href',
          `/${lang}/quiz/`,
        );
      });

      test('a job the articles say nothing about: says so, and leads to the quiz', async ({ page }) => {
        await page.goto(path);
        await read(page, JD[lang].noSignal.text);
        const said = notice(page, 'no-signal');
        await expect(said).toBeVisible();
        await expect(resultRegion(page)).toBeHidden();
        await expect(page.getByRole('status')).toContainText(t('jd.notice.no-signal', { count }));
        await said.getByRole('link', { name: t('jd.toQuiz') }).click();
        await expect(page).toHaveURL(`/${lang}/quiz/`);
        await expect(page.getByRole('button', { name: t('quiz.start.both') })).toBeVisible();
      });
    });

    test('by keyboard only: type, read, hear the verdict, and reach the highlighted sentences', async ({
      page,
    }) => {
      const { cro } = JD[lang];
      const expected = readAsThePageDoes(cro.text);
      await page.goto(path);
      const tabUntil = async (target: Locator, most: number) => {
        for (let presses = 0; presses < most; presses++) {
          if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
            return;
          await page.keyboard.press('Tab');
        }
        throw new Error(`Tab never reached ${target}`);
      };
      await tabUntil(textbox(page), 120);
      await page.keyboard.type(cro.text.trim());
      await tabUntil(page.getByRole('button', { name: t('jd.read'), exact: true }), 4);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: t('jd.result.title'), level: 2 })).toBeFocused();
      await expect(page.getByRole('status')).toHaveText(t('quiz.verdict.need.cro.clear'));
      // From the heading, the first answer's first sentence is among the next stops.
      const first = sentenceLinks(question(page, need.questions[0]?.prompt[lang] ?? '')).first();
      await tabUntil(first, 4);
      await page.keyboard.press('Enter');
      const mark = textRegion(page).locator('mark:focus');
      await expect(mark).toHaveText(sentencesOf(expected, 'channels')[0] ?? '');
      await expect(mark).toBeInViewport();
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`axe finds no violation with a reading, and with a title mismatch, in the ${theme} theme`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await read(page, JD[lang].cro.text);
        await expect(resultRegion(page)).toBeVisible();
        await expectNoAxeViolations(page, 'with a reading');
        await read(page, MISMATCHES[lang === 'es' ? 0 : 1]?.text ?? '');
        await expect(resultRegion(page).locator('[data-mismatch]')).toBeVisible();
        await expectNoAxeViolations(page, 'with a title mismatch');
      });
    }

    test.describe('on a 360 px phone', () => {
      test.use({ viewport: { width: 360, height: 740 } });
      test('a reading and a mismatch fit the width, and axe finds no violation', async ({ page }) => {
        test.setTimeout(180_000);
        const fits = async (what: string) =>
          expect(await page.evaluate(() => document.documentElement.scrollWidth), what).toBeLessThanOrEqual(
            360,
          );
        await page.goto(path);
        await fits('the empty form');
        for (const jd of [JD[lang].cro, ...MISMATCHES]) {
          await read(page, jd.text);
          await expect(resultRegion(page)).toBeVisible();
          await fits(jd.name);
        }
        await expectNoAxeViolations(page, 'with a mismatch, on a phone');
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('the page says what the reader does and leads to the quiz; the tool is not shown', async ({
        page,
      }) => {
        await page.goto(path);
        await expect(page.getByText(t('jd.noScript'))).toBeVisible();
        await expect(textbox(page)).toBeHidden();
        await expect(page.getByRole('button', { name: t('jd.read') })).toBeHidden();
        await expect(page.getByLabel(t('jd.file.label'))).toBeHidden();
        await expect(resultRegion(page)).toBeHidden();
        await page
          .getByRole('main')
          .getByRole('link', { name: t('jd.toQuiz') })
          .click();
        await expect(page).toHaveURL(`/${lang}/quiz/`);
      });
    });

    test('Copy as text puts the heading, each answer, the verdict and the quiz link on the clipboard', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const { cro } = JD[lang];
      const { reading } = readAsThePageDoes(cro.text);
      await page.goto(path);
      await read(page, cro.text);
      await page.getByRole('button', { name: t('jd.copy') }).click();
      await expect(page.getByRole('status')).toHaveText(t('jd.copied'));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text.startsWith(`# ${t('jd.result.title')}\n`)).toBe(true);
      // The note's label is kept apart from the note, as it is written (the page shows it in capitals).
      expect(text).toContain(`\n${t('evidence.reading')}: ${t('jd.result.note')}\n`);
      expect(text).toContain(`## ${t('jd.answers.title')}`);
      // Each answer under its question: the sentences that gave it, or that the text does not say
      // (the English description leaves the goal unsaid).
      const expected = readAsThePageDoes(cro.text);
      for (const { id, prompt } of need.questions) {
        const answer = optionOf(id, reading.answers[id] ?? '').label[lang];
        const sentences = sentencesOf(expected, id);
        const lines = sentences.length
          ? [answer, ...sentences.map((sentence) => `> «${sentence}»`)]
          : [`${answer}. ${t('jd.state.silent')}`];
        expect(text).toContain([`- ${prompt[lang]}`, ...lines].join('\n  '));
      }
      expect(text).toContain(t('quiz.verdict.need.cro.clear'));
      // Every statement copied keeps its quotes, as the page shows them: the answers' explanations
      // and the open points.
      const [open] = reading.undecided;
      expect(open, 'the description leaves a point open').toBeDefined();
      const point = readerData.undecided.find(({ id }) => id === open)?.point;
      expect(text).toContain(`- ${point?.[lang]}\n  > “${point?.cite[0]?.[lang]}” (`);
      const channels = optionOf('channels', reading.answers['channels'] ?? '');
      if (!('explanation' in channels)) throw new Error('The channels answer found has no explanation');
      expect(text).toContain(`  ${channels.explanation[lang]}\n  > “${channels.cite[0]?.[lang]}” (`);
      const href = new URL(`/${lang}/quiz/${shareQuery({ need: reading.answers })}`, page.url()).href;
      expect(text).toContain(`${t('jd.next.quiz')}: ${href}`);
      expect(text).not.toMatch(/<[a-z]/i);
    });

    test('home, the quiz and both briefs lead to the page; the language switch leads to the other one', async ({
      page,
    }) => {
      const title = /^title: (.+)$/m.exec(
        readFileSync(new URL(`../content/docs/${lang}/job-description.mdx`, import.meta.url), 'utf8'),
      )?.[1];
      const fromQuiz = /\[([^\]]+)\]\(\.\.\/job-description\/\)/.exec(
        readFileSync(new URL(`../content/docs/${lang}/quiz.mdx`, import.meta.url), 'utf8'),
      )?.[1];
      if (!title || !fromQuiz) throw new Error('The page’s title, or the quiz’s link to it, is missing');
      for (const [from, name] of [
        [`/${lang}/`, title],
        [`/${lang}/quiz/`, fromQuiz],
        [`/${lang}/brief/cso/`, t('brief.jobDescriptionLink')],
        [`/${lang}/brief/cro/`, t('brief.jobDescriptionLink')],
      ] as const) {
        await page.goto(from);
        await page.getByRole('main').getByRole('link', { name, exact: true }).click();
        await expect(page, `from ${from}`).toHaveURL(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      }
      const other: Lang = lang === 'es' ? 'en' : 'es';
      await page.getByRole('banner').getByRole('link', { name: LANGUAGE_NAMES[other] }).first().click();
      await expect(page).toHaveURL(`/${other}/job-description/`);
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(
        page.getByRole('textbox', { name: createTranslator(other)('jd.input.label') }),
      ).toBeVisible();
    });
  });
}
