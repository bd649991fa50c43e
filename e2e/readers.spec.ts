import { test } from '@playwright/test';
import { wrapPlaywrightBrowser } from './readers/playwright-browser.ts';
import { runScenario } from './readers/run-scenario.ts';
import { READER_SCENARIOS } from './readers/scenarios.ts';

// The reader scenarios that `npm run test:engines` runs in Firefox and WebKit, here in Chromium:
// one set of scenarios for the three engines.
for (const lang of ['es', 'en'] as const) {
  test.describe(`reader scenarios in ${lang}`, () => {
    for (const scenario of READER_SCENARIOS) {
      test(`${scenario.id}: ${scenario.title}`, async ({ browser, baseURL }) => {
        await runScenario(wrapPlaywrightBrowser(browser, baseURL ?? ''), scenario, lang);
      });
    }
  });
}
