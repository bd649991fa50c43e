/**
 * The reader scenarios: what executives and recruiters do on the site, written once against
 * `ReaderSession` and run in every engine (Chromium in `npm test`, Firefox and WebKit in
 * `npm run test:engines`), in both languages. Each runs in fresh sessions; every page they open
 * is watched for console errors and CSP violations by the runner.
 */
import { verdictKey } from '../../src/quiz/engine.ts';
import {
  jobDescription,
  listHighlights,
  listMismatchReasons,
  listAnswerSentences,
  readLikeThePage,
} from './job-descriptions.ts';
import type { ReaderSession, SessionOptions, Viewport } from './session.ts';
import { answers, createTranslator, quiz, shareQuery, type Lang } from './site-words.ts';
import {
  click,
  expectAddress,
  expectFocus,
  expectShown,
  expectTexts,
  pressTimes,
  tabTo,
  waitFor,
} from './steps.ts';

/** What a scenario is given: its language, and fresh sessions to open. */
export interface ScenarioContext {
  lang: Lang;
  /** Whether the engine is known to scroll to a link's text fragment. */
  textFragments: boolean;
  /** Opens a fresh session (profile, storage, history and clipboard of its own). */
  session(options?: Partial<SessionOptions>): Promise<ReaderSession>;
}

/** One thing a reader does, from start to end. */
export interface Scenario {
  /** A short stable name, for choosing and breaking it on purpose (`ENGINES_BREAK`). */
  id: string;
  /** What the reader does, as a sentence. */
  title: string;
  run(context: ScenarioContext): Promise<void>;
}

/** A phone held upright, at the narrowest common width. */
export const PHONE: Viewport = { width: 360, height: 740 };
/** A laptop screen. */
export const DESKTOP: Viewport = { width: 1280, height: 800 };

/** A part of the quiz, which must exist. */
function findPart(id: 'need' | 'fit') {
  const part = quiz.parts.find((candidate) => candidate.id === id);
  if (!part) throw new Error(`The quiz has no part "${id}"`);
  return part;
}
const need = findPart('need');
const fit = findPart('fit');

/** The answers every quiz scenario gives: the company needs a CRO, the candidate is a CSO. */
const RESULT_QUERY = shareQuery(answers('need', 'last'), answers('fit', 'first'));
const isResultQuery = (search: string) => search === RESULT_QUERY;

/** The verdicts those answers give, as the result shows them. */
const expectedVerdicts = (lang: Lang) => {
  const t = createTranslator(lang);
  return [t('quiz.verdict.need.cro.clear'), t('quiz.verdict.fit.cso.clear')];
};

/** The page of each kind, in one language. */
const pagesOfEachKind = (lang: Lang) => [
  `/${lang}/`,
  `/${lang}/comparison/`,
  `/${lang}/articles/cso-vs-cro/`,
  `/${lang}/articles/cro-or-cso/parallel/`,
  `/${lang}/quiz/`,
  `/${lang}/job-description/`,
  `/${lang}/brief/cro/`,
  `/${lang}/glossary/`,
];

/** In the page: what sticks out past the right edge of the viewport (nothing, when it fits). */
function findOverflow() {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) return [];
  return [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((element) => element.getBoundingClientRect().right > width + 1)
    .filter(
      (element) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= width + 1,
    )
    .slice(0, 5)
    .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
}

/** In the page: the theme pickers whose chosen option does not fit in the box shown. */
function findCutThemePickers() {
  const canvas = document.createElement('canvas').getContext('2d');
  return [...document.querySelectorAll<HTMLSelectElement>('starlight-theme-select select')]
    .filter((select) => select.getClientRects().length > 0 && canvas)
    .filter((select) => {
      const style = getComputedStyle(select);
      if (!canvas) return false;
      canvas.font = style.font;
      const label = select.selectedOptions[0]?.textContent?.trim() ?? '';
      const needed =
        canvas.measureText(label).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return needed > select.clientWidth + 0.5;
    })
    .map((select) => `“${select.selectedOptions[0]?.textContent?.trim()}” in ${select.clientWidth} px`);
}

/** Opens a page of the site and waits until it has loaded. */
async function openPage(session: ReaderSession, address: string) {
  await session.open(address);
  const [path = '', query] = address.split(/(?=\?)/);
  await expectAddress(session, path, query === undefined ? undefined : (search) => search === query);
}

/** Answers every question of the plan by clicking: `last` or `first` option of each part. */
async function answerByClicks(session: ReaderSession, lang: Lang) {
  for (const [part, pick] of [
    [need, 'last'],
    [fit, 'first'],
  ] as const) {
    for (const question of part.questions) {
      const option = pick === 'first' ? question.options[0] : question.options.at(-1);
      await click(session, { selector: '.quiz-option-text', text: option?.label[lang] ?? '' });
      await click(session, { selector: 'button[data-action="next"]' });
    }
  }
}

const scenarios: Scenario[] = [
  {
    id: 'pages-fit',
    title: 'every kind of page fits a phone and a desktop, the theme picker shows its whole choice',
    async run({ lang, session }) {
      const reader = await session({ viewport: PHONE });
      for (const viewport of [PHONE, DESKTOP]) {
        await reader.resize(viewport);
        for (const path of pagesOfEachKind(lang)) {
          await openPage(reader, path);
          const overflow = await reader.evaluate(findOverflow, null);
          if (overflow.length > 0) {
            throw new Error(
              `${path} at ${viewport.width} px is wider than the screen: ${overflow.join(', ')}`,
            );
          }
          const cut = await reader.evaluate(findCutThemePickers, null);
          if (cut.length > 0)
            throw new Error(`${path} at ${viewport.width} px: the theme picker is cut: ${cut}`);
        }
      }
    },
  },
  {
    id: 'source-quote',
    title: 'a Source opens its quote by keyboard, and its link lands on the quoted words',
    async run({ lang, session, textFragments }) {
      const reader = await session({ viewport: { width: 1000, height: 480 } });
      await openPage(reader, `/${lang}/comparison/`);
      const marker = 'tbody:has(#decision-style) td.cro details.evidence > summary';
      await reader.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.focus(), marker);
      await expectFocus(reader, { selector: marker });
      await reader.press('Enter');
      const quote = await waitFor(
        reader,
        'the quote to open',
        (selector) => {
          const block = document.querySelector(selector)?.parentElement?.querySelector('blockquote');
          return block && block.getClientRects().length > 0 ? (block.textContent ?? '').trim() : '';
        },
        marker,
      );
      await click(reader, { selector: 'tbody:has(#decision-style) td.cro details[open] figcaption a' });
      await expectAddress(reader, `/${lang}/articles/cro-or-cso/`);
      // An engine that scrolls to text fragments (Firefox, WebKit) shows the quoted sentence; one
      // that may not (Chromium's headless shell) shows at least the section the link names.
      const landing = textFragments ? 'the quoted sentence' : 'the quoted sentence, or its section,';
      await waitFor(
        reader,
        `${landing} on screen`,
        ({ quote: words, heading, sentenceOnly }) => {
          const onScreen = (element: Element | null | undefined) => {
            const box = element?.getBoundingClientRect();
            return !!box && box.bottom > 0 && box.top < innerHeight;
          };
          // The article's own paragraph, not a quote of it in a closed Source of the page.
          const sentence = [...document.querySelectorAll('.sl-markdown-content p')].find(
            (p) => p.getClientRects().length > 0 && (p.textContent ?? '').includes(words),
          );
          return onScreen(sentence) || (!sentenceOnly && onScreen(document.getElementById(heading)));
        },
        { quote, heading: 'fundamental-differences', sentenceOnly: textFragments },
      );
    },
  },
  {
    id: 'quiz-by-clicks',
    title:
      'the quiz by clicks to a result whose address holds the answers; Back and Forward; the address and the share link reopen it in a fresh session',
    async run({ lang, session }) {
      const t = createTranslator(lang);
      const reader = await session();
      await openPage(reader, `/${lang}/quiz/`);
      await click(reader, { selector: 'button', text: t('quiz.start.both') });
      await answerByClicks(reader, lang);
      await expectShown(reader, { selector: 'h2', text: t('quiz.summary.title') });
      await click(reader, { selector: 'button', text: t('quiz.seeResult') });
      await expectTexts(reader, '[data-verdict]', expectedVerdicts(lang));
      const address = await expectAddress(reader, `/${lang}/quiz/`, isResultQuery);

      // Back returns to the summary (its own address), Forward to the result.
      await reader.back();
      await expectShown(reader, { selector: 'h2', text: t('quiz.summary.title') });
      await expectAddress(reader, `/${lang}/quiz/`, (search) => search === '');
      await reader.forward();
      await expectTexts(reader, '[data-verdict]', expectedVerdicts(lang));
      await expectAddress(reader, `/${lang}/quiz/`, isResultQuery);

      const shareLink = await waitFor(
        reader,
        'the share link',
        () => document.querySelector<HTMLInputElement>('input[type="url"][readonly]')?.value,
        null,
      );
      for (const [what, link] of [
        ['the address bar', address.href],
        ['the share link', shareLink],
      ] as const) {
        const fresh = await session();
        await fresh.open(link);
        await expectTexts(fresh, '[data-verdict]', expectedVerdicts(lang)).catch((error: unknown) => {
          throw new Error(
            `${what} (${link}) in a fresh session: ${error instanceof Error ? error.message : error}`,
          );
        });
        await fresh.close();
      }
    },
  },
  {
    id: 'quiz-by-keyboard',
    title: 'the quiz by keyboard alone, with storage blocked; the language switch keeps the result',
    async run({ lang, session }) {
      const t = createTranslator(lang);
      const reader = await session({ storage: false });
      await openPage(reader, `/${lang}/quiz/`);
      await tabTo(reader, { selector: 'button', text: t('quiz.start.both') }, 80);
      await reader.press('Enter');
      for (const [part, pick] of [
        [need, 'last'],
        [fit, 'first'],
      ] as const) {
        for (const [index, question] of part.questions.entries()) {
          const heading = t('quiz.progress', { n: index + 1, total: part.questions.length });
          await expectFocus(reader, { selector: 'h3', text: heading });
          // Tab enters the group on its first option; Space takes it, or the arrows move down to
          // the last (Up does not wrap from the first in WebKit: readers go down).
          await reader.press('Tab');
          if (pick === 'first') await reader.press('Space');
          else await pressTimes(reader, 'ArrowDown', question.options.length - 1);
          const chosen = (pick === 'first' ? question.options[0] : question.options.at(-1))?.id ?? '';
          await waitFor(
            reader,
            `the answer “${chosen}” to “${question.id}” checked`,
            ({ name, value }) =>
              document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)?.checked,
            { name: `${part.id}-${question.id}`, value: chosen },
          );
          await reader.press('Enter');
        }
      }
      await expectFocus(reader, { selector: 'h2', text: t('quiz.summary.title') });
      // The way forward comes before the sixteen "Change" buttons.
      const presses = await tabTo(reader, { selector: 'button', text: t('quiz.seeResult') }, 3);
      if (presses > 3) throw new Error(`“${t('quiz.seeResult')}” took ${presses} presses of Tab`);
      await reader.press('Enter');
      await expectFocus(reader, { selector: 'h2', text: t('quiz.result.title') });
      await expectTexts(reader, '[data-verdict]', expectedVerdicts(lang));
      await expectAddress(reader, `/${lang}/quiz/`, isResultQuery);

      // The language link, with storage blocked: the address alone carries the result.
      const other: Lang = lang === 'es' ? 'en' : 'es';
      await click(reader, { selector: `header a[hreflang="${other}"]` });
      await expectAddress(reader, `/${other}/quiz/`, isResultQuery);
      await expectTexts(reader, '[data-verdict]', expectedVerdicts(other));
    },
  },
  {
    id: 'brief-copy',
    title: 'a brief opened from a shared result keeps the answers, and Copy puts it on the clipboard',
    async run({ lang, session }) {
      const t = createTranslator(lang);
      const reader = await session();
      await openPage(reader, `/${lang}/quiz/${RESULT_QUERY}`);
      await expectTexts(reader, '[data-verdict]', expectedVerdicts(lang));
      await click(reader, { selector: `main a[href*="/${lang}/brief/cro/?"]` });
      await expectAddress(reader, `/${lang}/brief/cro/`, isResultQuery);
      await expectShown(reader, { selector: 'h2', text: t('brief.personal.title') });
      await expectTexts(reader, '[data-personal] [data-verdict]', expectedVerdicts(lang));
      await click(reader, { selector: 'button', text: t('brief.copy') });
      const said = await waitFor(
        reader,
        'the Copy button to say what it did',
        () => document.querySelector('role-brief [role="status"]')?.textContent?.trim(),
        null,
      );
      if (said !== t('brief.copied')) throw new Error(`Copy said “${said}”`);
      const text = await reader.readClipboard();
      const title = await reader.evaluate(
        () => document.querySelector('h1')?.textContent?.trim() ?? '',
        null,
      );
      if (!text.startsWith(`# ${title}`)) throw new Error(`The clipboard holds: ${text.slice(0, 80)}…`);
      for (const verdict of expectedVerdicts(lang)) {
        if (!text.includes(verdict)) throw new Error(`The copied brief lacks “${verdict}”`);
      }
    },
  },
  {
    id: 'job-description',
    title:
      'a job description typed and read: its title against its content said first, its sentences highlighted and reached from their links; another pasted in one paragraph, cut into sentences as the reader expects, and the quiz link holding its answers',
    async run({ lang, session }) {
      const t = createTranslator(lang);
      // A CRO title over a CSO's job in Spanish, a VP of Sales title over a CRO's job in English.
      const jd = jobDescription(
        lang === 'es' ? "a CRO title over a CSO's job" : "a VP of Sales title over a CRO's job",
      );
      const read = readLikeThePage(jd.text);
      const { reading } = read;
      const lean = reading.result.verdict.kind;
      if (!reading.mismatch || (lean !== 'cso' && lean !== 'cro'))
        throw new Error(`“${jd.name}” reads as no mismatch`);
      const [title = '', ...lines] = read.text.split('\n');
      const mismatch = t(`jd.mismatch.${lean}`, { title });
      const verdict = t(`quiz.verdict.need.${verdictKey(reading.result.verdict)}`);

      const reader = await session();
      await openPage(reader, `/${lang}/job-description/`);
      await click(reader, { selector: 'textarea' });
      await expectFocus(reader, { selector: 'textarea' });
      for (const line of [title, ...lines]) {
        if (line !== title) await reader.press('Enter');
        await reader.type(line);
      }
      const typed = await reader.evaluate(() => document.querySelector('textarea')?.value ?? '', null);
      if (typed !== read.text) throw new Error(`The text box holds “${typed}”`);
      await click(reader, { selector: 'button', text: t('jd.read') });
      await expectFocus(reader, { selector: 'h2', text: t('jd.result.title') });

      // Said first: the title against the content comes before the answers, on screen and to the ear.
      await expectTexts(reader, '[data-mismatch-sentence]', [mismatch]);
      await expectTexts(reader, '[data-verdict]', [verdict]);
      await waitFor(
        reader,
        'the live region to say the mismatch, then the verdict',
        (said) => document.querySelector('[role="status"]')?.textContent === said,
        `${mismatch} ${verdict}`,
      );
      const first = await reader.evaluate(() => {
        const sentence = document.querySelector('[data-mismatch-sentence]:not([hidden])');
        const answers = document.getElementById('jd-answers');
        return (
          !!sentence &&
          !!answers &&
          sentence.getBoundingClientRect().bottom <= answers.getBoundingClientRect().top
        );
      }, null);
      if (!first) throw new Error('The mismatch is not shown before the answers');

      // The title and the sentences that gave an answer, highlighted as this engine cuts the text.
      await expectTexts(reader, '[data-rendered] mark', listHighlights(read));
      const [reason] = listMismatchReasons(read);
      const sentence = reason && listAnswerSentences(read, reason.question)[0];
      if (!sentence) throw new Error(`“${jd.name}” lists no sentence behind its lean`);
      await click(reader, { selector: '[data-mismatch] a', text: `«${sentence}»` });
      await expectFocus(reader, { selector: 'mark', text: sentence });
      await waitFor(
        reader,
        'the highlighted sentence on screen',
        () => {
          const box = document.activeElement?.getBoundingClientRect();
          return !!box && box.top >= 0 && box.bottom <= innerHeight;
        },
        null,
      );

      // A multi-channel CRO's description pasted with its sentences run together below its title:
      // this engine's Intl.Segmenter cuts them, and must cut them as the reader's module does.
      const cro = jobDescription(
        lang === 'es' ? 'a CRO for a multi-channel company' : 'a CRO in a multi-channel company, in English',
      );
      const [croTitle, ...croLines] = cro.text.trim().split('\n');
      const pasted = `${croTitle}\n${croLines.join(' ')}`;
      const croRead = readLikeThePage(pasted);
      await reader.evaluate((text) => {
        const field = document.querySelector('textarea');
        if (!field) return;
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, pasted);
      await click(reader, { selector: 'button', text: t('jd.read') });
      await expectTexts(reader, '[data-mismatch-sentence]', []);
      await expectTexts(reader, '[data-rendered] mark', listHighlights(croRead));
      const croVerdict = t(`quiz.verdict.need.${verdictKey(croRead.reading.result.verdict)}`);
      await expectTexts(reader, '[data-verdict]', [croVerdict]);

      // The quiz's result for the answers read, by the quiz's own share link.
      const query = shareQuery({ need: croRead.reading.answers });
      await click(reader, { selector: 'a[data-result-link]', text: t('jd.next.quiz') });
      await expectAddress(reader, `/${lang}/quiz/`, (search) => search === query);
      await expectTexts(reader, '[data-verdict]', [croVerdict]);
    },
  },
  {
    id: 'search',
    title: 'search finds a passage and opens it',
    async run({ lang, session }) {
      const reader = await session({ viewport: DESKTOP });
      await openPage(reader, `/${lang}/`);
      await click(reader, { selector: 'site-search button[data-open]' });
      await expectFocus(reader, { selector: 'dialog input' });
      await reader.type(lang === 'es' ? 'rotaciones' : 'churn');
      const result = { selector: `dialog a.pagefind-ui__result-link[href^="/${lang}/articles/cro-or-cso/"]` };
      // Pagefind's first search loads its WebAssembly and its index.
      await waitFor(
        reader,
        'a search result in the article',
        ({ selector }) => document.querySelector(selector)?.getClientRects().length,
        result,
        20_000,
      );
      await click(reader, result);
      await expectAddress(reader, `/${lang}/articles/cro-or-cso/`);
      await expectShown(reader, { selector: 'h1' });
    },
  },
];

/** Every reader scenario, in the order they run. */
export const READER_SCENARIOS: readonly Scenario[] = scenarios;
