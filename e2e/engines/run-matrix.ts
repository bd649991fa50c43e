/**
 * Runs every reader scenario in every language in each engine, the engines side by side, and
 * reports each result with its engine and scenario. Pure of any particular browser: it takes the
 * browsers, so a test can hand it fakes.
 */
import { runScenario } from '../readers/run-scenario.ts';
import type { Scenario } from '../readers/scenarios.ts';
import type { Engine, ReaderBrowser } from '../readers/session.ts';
import type { Lang } from '../readers/site-words.ts';

/** How one scenario went in one engine and language. */
export interface ScenarioResult {
  engine: Engine;
  lang: Lang;
  scenario: Scenario;
  /** Milliseconds it took. */
  ms: number;
  /** What went wrong, or `undefined` when it passed. */
  failure: string | undefined;
}

/** Where a scenario is broken on purpose: `webkit` (every scenario) or `webkit:quiz-by-keyboard`. */
export interface BreakTarget {
  engine: Engine;
  scenario: string | undefined;
}

/** Reads `ENGINES_BREAK` (`engine` or `engine:scenario-id`); throws on an engine it does not know. */
export function parseBreakTarget(value: string | undefined): BreakTarget | undefined {
  if (!value) return undefined;
  const [engine, scenario] = value.split(':');
  if (engine !== 'firefox' && engine !== 'webkit' && engine !== 'chromium') {
    throw new Error(`ENGINES_BREAK="${value}": write an engine (firefox, webkit), optionally :scenario-id`);
  }
  return { engine, scenario: scenario || undefined };
}

/** The script that breaks a page on purpose: it throws once the page is parsed. */
export function breakingScript(engine: Engine): string {
  return `addEventListener('DOMContentLoaded', () => { throw new Error('Broken on purpose in ${engine} (ENGINES_BREAK)'); });`;
}

/** How the scenarios are run: each within `timeout` ms, one broken on purpose if asked, each result reported as it ends. */
export interface MatrixOptions {
  timeout: number;
  breakTarget?: BreakTarget | undefined;
  report: (result: ScenarioResult) => void;
}

/** Runs one engine's scenarios in turn, each within the time limit. */
async function runEngine(
  browser: ReaderBrowser,
  scenarios: readonly Scenario[],
  langs: readonly Lang[],
  options: MatrixOptions,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    for (const lang of langs) {
      const broken =
        options.breakTarget?.engine === browser.engine &&
        (options.breakTarget.scenario === undefined || options.breakTarget.scenario === scenario.id);
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const failure = await Promise.race([
        runScenario(browser, scenario, lang, broken ? [breakingScript(browser.engine)] : []).then(
          () => undefined,
        ),
        new Promise<string>((resolve) => {
          timer = setTimeout(
            () => resolve(`did not end within ${options.timeout / 1000} s`),
            options.timeout,
          );
        }),
      ]).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      clearTimeout(timer);
      const result = { engine: browser.engine, lang, scenario, ms: Date.now() - started, failure };
      options.report(result);
      results.push(result);
    }
  }
  return results;
}

/** Runs the scenarios in every browser, the browsers side by side, and returns every result. */
export async function runMatrix(
  browsers: readonly ReaderBrowser[],
  scenarios: readonly Scenario[],
  langs: readonly Lang[],
  options: MatrixOptions,
): Promise<ScenarioResult[]> {
  const perEngine = await Promise.all(
    browsers.map((browser) => runEngine(browser, scenarios, langs, options)),
  );
  return perEngine.flat();
}

/** One result as a line: mark, engine, language, scenario and time, and what failed. */
export function formatResult({ engine, lang, scenario, ms, failure }: ScenarioResult): string {
  const head = `${failure ? '✗' : '✓'} [${engine}] ${lang} · ${scenario.id} (${(ms / 1000).toFixed(1)} s)`;
  return failure ? `${head}\n    ${failure.replace(/\n/g, '\n    ')}` : head;
}

/** The closing summary: how many passed, and each failure named by engine and scenario. */
export function summarize(results: readonly ScenarioResult[]): { ok: boolean; text: string } {
  const failed = results.filter(({ failure }) => failure);
  if (failed.length === 0) return { ok: true, text: `All ${results.length} scenario runs passed.` };
  return {
    ok: false,
    text: [
      `${failed.length} of ${results.length} scenario runs failed:`,
      ...failed.map(
        ({ engine, lang, scenario, failure }) =>
          `  [${engine}] ${lang} · ${scenario.id} — ${scenario.title}\n    ${(failure ?? '')
            .split('\n')
            .slice(0, 3)
            .map((line) => line.trim())
            .join('\n    ')}`,
      ),
    ].join('\n'),
  };
}
