/** The reader scenarios' browser interface on Playwright's Chromium, for `npm test`. */
import type { Browser, Page } from '@playwright/test';
import { listInitScripts } from './page-scripts.ts';
import {
  createProblemLog,
  type Key,
  type ReaderBrowser,
  type ReaderSession,
  type SessionOptions,
} from './session.ts';

const KEYS = {
  Tab: 'Tab',
  'Shift+Tab': 'Shift+Tab',
  Enter: 'Enter',
  Space: 'Space',
  ArrowDown: 'ArrowDown',
  ArrowUp: 'ArrowUp',
  Escape: 'Escape',
} as const satisfies Record<Key, string>;

/** Wraps a Playwright browser: each session is a new browser context. */
export function wrapPlaywrightBrowser(browser: Browser, origin: string): ReaderBrowser {
  return {
    engine: 'chromium',
    version: `Chromium ${browser.version()}`,
    // The headless shell that `npm install` brings does not; a system Chromium does.
    textFragments: false,
    origin,
    async newSession(options: SessionOptions): Promise<ReaderSession> {
      const context = await browser.newContext({
        viewport: options.viewport,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      for (const content of listInitScripts(options)) await context.addInitScript({ content });
      const page: Page = await context.newPage();
      const problems = createProblemLog();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.add(message.text(), page.url());
      });
      page.on('pageerror', (error) => problems.add(error.message, page.url()));
      return {
        async open(address) {
          await page.goto(new URL(address, origin).href);
        },
        async url() {
          return page.url();
        },
        async evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
          // Playwright types its argument as serialisable; the interface's callers pass JSON.
          return page.evaluate<Awaited<R>, A>(fn as never, arg);
        },
        async clickAt(x, y) {
          await page.mouse.click(x, y);
        },
        async press(key) {
          await page.keyboard.press(KEYS[key]);
        },
        async type(text) {
          await page.keyboard.type(text);
        },
        async back() {
          await page.goBack({ waitUntil: 'commit' });
        },
        async forward() {
          await page.goForward({ waitUntil: 'commit' });
        },
        async resize(viewport) {
          await page.setViewportSize(viewport);
        },
        async readClipboard() {
          return page.evaluate(() => navigator.clipboard.readText());
        },
        async takeProblems() {
          return problems.take();
        },
        async close() {
          await context.close();
        },
      };
    },
    async close() {
      // The browser belongs to Playwright's runner.
    },
  };
}
