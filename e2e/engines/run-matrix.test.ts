import { expect, test } from 'vitest';
import type { Scenario } from '../readers/scenarios.ts';
import type { Engine, ReaderBrowser, ReaderSession } from '../readers/session.ts';
import { breakingScript, parseBreakTarget, runMatrix, summarize, type ScenarioResult } from './run-matrix.ts';

/**
 * A browser without a browser: its pages "log" an error when one of their init scripts is the
 * deliberate break, as a real page does when that script throws.
 */
function fakeBrowser(engine: Engine): ReaderBrowser {
  return {
    engine,
    version: `${engine} 1.0`,
    textFragments: true,
    origin: 'http://localhost',
    async newSession(options) {
      let problems = (options.initScripts ?? []).includes(breakingScript(engine))
        ? [`Error: Broken on purpose in ${engine} (ENGINES_BREAK)`]
        : [];
      const session: ReaderSession = {
        open: async () => {},
        url: async () => 'http://localhost/es/',
        evaluate: async () => undefined as never,
        clickAt: async () => {},
        press: async () => {},
        type: async () => {},
        back: async () => {},
        forward: async () => {},
        resize: async () => {},
        readClipboard: async () => '',
        takeProblems: async () => {
          const taken = problems;
          problems = [];
          return taken;
        },
        close: async () => {},
      };
      return session;
    },
    close: async () => {},
  };
}

const scenario = (
  id: string,
  run: Scenario['run'] = async ({ session }) => void (await session()),
): Scenario => ({
  id,
  title: `the reader does ${id}`,
  run,
});

const options = (breakTarget?: ReturnType<typeof parseBreakTarget>) => ({
  timeout: 1000,
  breakTarget,
  report: () => {},
});

test('a scenario broken on purpose in WebKit only fails there, named by engine and scenario', async () => {
  const results = await runMatrix(
    [fakeBrowser('firefox'), fakeBrowser('webkit')],
    [scenario('search'), scenario('quiz-by-keyboard')],
    ['es', 'en'],
    options(parseBreakTarget('webkit:quiz-by-keyboard')),
  );
  const failed = results.filter(({ failure }) => failure);
  expect(failed.map(({ engine, lang, scenario: { id } }) => `${engine} ${lang} ${id}`)).toEqual([
    'webkit es quiz-by-keyboard',
    'webkit en quiz-by-keyboard',
  ]);
  expect(failed[0]?.failure).toContain('Broken on purpose in webkit');
  const { ok, text } = summarize(results);
  expect(ok).toBe(false);
  expect(text).toContain('2 of 8 scenario runs failed');
  expect(text).toContain('[webkit] es · quiz-by-keyboard — the reader does quiz-by-keyboard');
  expect(text).not.toContain('[firefox]');
});

test('a scenario that throws fails with its own message, and one that hangs fails on the time limit', async () => {
  const results: ScenarioResult[] = await runMatrix(
    [fakeBrowser('firefox')],
    [
      scenario('throws', async () => {
        throw new Error('the result was not shown');
      }),
      scenario('hangs', () => new Promise(() => {})),
    ],
    ['es'],
    options(),
  );
  expect(results.map(({ failure }) => failure)).toEqual([
    'the result was not shown',
    'did not end within 1 s',
  ]);
});

test('every scenario passing is a pass', async () => {
  const results = await runMatrix([fakeBrowser('webkit')], [scenario('search')], ['es', 'en'], options());
  expect(summarize(results)).toEqual({ ok: true, text: 'All 2 scenario runs passed.' });
});

test.each([
  ['webkit', { engine: 'webkit', scenario: undefined }],
  ['firefox:search', { engine: 'firefox', scenario: 'search' }],
  ['', undefined],
])('reads ENGINES_BREAK=%j', (value, expected) => {
  expect(parseBreakTarget(value)).toEqual(expected);
});

test('refuses an ENGINES_BREAK engine it does not know', () => {
  expect(() => parseBreakTarget('safari')).toThrow(/firefox, webkit/);
});
