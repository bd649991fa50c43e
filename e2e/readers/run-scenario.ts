/**
 * Runs one reader scenario in one browser and language: opens its sessions, and fails when the
 * scenario fails or when any page it opened logged a console error or a CSP violation.
 */
import type { Scenario } from './scenarios.ts';
import type { ReaderBrowser, ReaderSession, SessionOptions } from './session.ts';
import type { Lang } from './site-words.ts';
import { DESKTOP } from './scenarios.ts';

/** Runs the scenario; throws with what went wrong. `initScripts` are added to every session. */
export async function runScenario(
  browser: ReaderBrowser,
  scenario: Scenario,
  lang: Lang,
  initScripts: readonly string[] = [],
): Promise<void> {
  const sessions: ReaderSession[] = [];
  const problems: string[] = [];
  const drain = async (session: ReaderSession) => problems.push(...(await session.takeProblems()));
  let failure: unknown;
  try {
    await scenario.run({
      lang,
      textFragments: browser.textFragments,
      session: async (options: Partial<SessionOptions> = {}) => {
        const session = await browser.newSession({
          viewport: DESKTOP,
          ...options,
          initScripts: [...initScripts, ...(options.initScripts ?? [])],
        });
        sessions.push(session);
        // A session the scenario closes itself is checked as it closes.
        const close = session.close.bind(session);
        session.close = async () => {
          await drain(session);
          sessions.splice(sessions.indexOf(session), 1);
          await close();
        };
        return session;
      },
    });
  } catch (error) {
    failure = error;
  }
  for (const session of [...sessions]) await session.close().catch(() => {});
  const logged = problems.length ? `console errors and CSP violations:\n    ${problems.join('\n    ')}` : '';
  if (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    throw new Error(logged ? `${message}\n  ${logged}` : message, { cause: failure });
  }
  if (logged) throw new Error(logged);
}
