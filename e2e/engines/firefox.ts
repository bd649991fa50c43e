/**
 * The reader scenarios' browser interface on Firefox ESR (Debian's), driven over WebDriver BiDi
 * with puppeteer-core. Each session is a new browser context: storage and history of its own.
 */
import puppeteer, { type KeyInput } from 'puppeteer-core';
import { listInitScripts } from '../readers/page-scripts.ts';
import {
  createProblemLog,
  type Key,
  type ReaderBrowser,
  type ReaderSession,
  type SessionOptions,
} from '../readers/session.ts';

const KEYS = {
  Tab: ['Tab'],
  'Shift+Tab': ['Shift', 'Tab'],
  Enter: ['Enter'],
  Space: [' '],
  ArrowDown: ['ArrowDown'],
  ArrowUp: ['ArrowUp'],
  Escape: ['Escape'],
} as const satisfies Record<Key, readonly KeyInput[]>;

/** Starts Firefox headless from the given binary, with a fresh profile. */
export async function launchFirefox(options: {
  executablePath: string;
  origin: string;
}): Promise<ReaderBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    protocolTimeout: 60_000,
    // Lets a page read the clipboard without Firefox's paste prompt, to check what Copy wrote.
    extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true },
  });
  const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
  return {
    engine: 'firefox',
    version,
    textFragments: true,
    origin: options.origin,
    async newSession(sessionOptions: SessionOptions): Promise<ReaderSession> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(sessionOptions.viewport);
      for (const source of listInitScripts(sessionOptions)) await page.evaluateOnNewDocument(source);
      const problems = createProblemLog();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.add(message.text(), page.url());
      });
      page.on('pageerror', (error) =>
        problems.add(error instanceof Error ? error.message : String(error), page.url()),
      );
      return {
        async open(address) {
          await page.goto(new URL(address, options.origin).href, { waitUntil: 'load' });
        },
        async url() {
          return page.url();
        },
        async evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
          return (await page.evaluate(fn as (arg: unknown) => R, arg)) as Awaited<R>;
        },
        async clickAt(x, y) {
          await page.mouse.click(x, y);
        },
        async press(key) {
          const [first, second] = KEYS[key];
          if (second) {
            await page.keyboard.down(first);
            await page.keyboard.press(second);
            await page.keyboard.up(first);
          } else await page.keyboard.press(first);
        },
        async type(text) {
          await page.keyboard.type(text);
        },
        async back() {
          // History entries of the same document end no navigation to wait for.
          await page.goBack({ timeout: 3000 }).catch(() => null);
        },
        async forward() {
          await page.goForward({ timeout: 3000 }).catch(() => null);
        },
        async resize(viewport) {
          await page.setViewport(viewport);
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
      await browser.close();
    },
  };
}
