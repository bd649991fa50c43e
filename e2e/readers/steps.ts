/**
 * What a reader does and sees, in terms any engine's session can carry out: find an element by
 * what it shows, click it, tab to it, wait for the page to say something. The functions that run
 * in the page are self-contained: they are sent to the browser as source.
 */
import type { Key, ReaderSession } from './session.ts';

/** An element as a reader finds it: what it is (a CSS selector) and, optionally, the text it shows. */
export interface Target {
  /** CSS selector of the candidates, e.g. `button` or `header a[hreflang="en"]`. */
  selector: string;
  /** The text it shows or its `aria-label`, whitespace collapsed, matched exactly. */
  text?: string;
}

/** The default wait for the page to show something, generous for two busy cores. */
const WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Describes a target in a failure message. */
export function describeTarget({ selector, text }: Target): string {
  return text === undefined ? `"${selector}"` : `"${selector}" showing “${text}”`;
}

/**
 * Asks the page, every 100 ms, until the function returns a truthy value, and returns it. A
 * failure says what was awaited and the last answer; errors while a page loads are retried.
 */
export async function waitFor<A, R>(
  session: ReaderSession,
  what: string,
  fn: (arg: A) => R,
  arg: A,
  timeout = WAIT_MS,
): Promise<NonNullable<Awaited<R>>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await session.evaluate(fn, arg);
      if (value) return value as NonNullable<Awaited<R>>;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message.split('\n')[0] : error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Waited ${timeout / 1000} s for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await sleep(100);
  }
}

/** In the page: the first shown element that matches, scrolled to the middle of the viewport. */
function placeTarget({ selector, text }: Target) {
  const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  const element = [...document.querySelectorAll<HTMLElement>(selector)].find(
    (candidate) =>
      candidate.getClientRects().length > 0 &&
      getComputedStyle(candidate).visibility !== 'hidden' &&
      (text === undefined ||
        collapse(candidate.textContent) === text ||
        candidate.getAttribute('aria-label') === text),
  );
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  // A link that wraps has a box per line; the middle of the whole may fall between them.
  const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * Waits until the target is shown and stays in place (results still arriving, blocks laid out as
 * they near the screen), then clicks its middle, as a mouse or a finger does.
 */
export async function click(session: ReaderSession, target: Target): Promise<void> {
  const what = `${describeTarget(target)} to click`;
  let point = await waitFor(session, what, placeTarget, target);
  for (let tries = 0; tries < 20; tries++) {
    await sleep(50);
    const again = await waitFor(session, what, placeTarget, target);
    if (again.x === point.x && again.y === point.y) break;
    point = again;
  }
  await session.clickAt(point.x, point.y);
}

/** In the page: whether the focused element is the target. */
function isFocused({ selector, text }: Target) {
  const active = document.activeElement;
  const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  return (
    active instanceof HTMLElement &&
    active.matches(selector) &&
    (text === undefined ||
      collapse(active.textContent) === text ||
      active.getAttribute('aria-label') === text)
  );
}

/** In the page: what the focused element shows, for failure messages. */
function describeFocus() {
  const active = document.activeElement;
  if (!active || active === document.body) return 'nothing';
  return `${active.tagName.toLowerCase()} “${(active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
}

/**
 * Presses Tab until the target has the focus, as a keyboard user does, and returns how many presses
 * it took; fails past `most` presses.
 */
export async function tabTo(session: ReaderSession, target: Target, most = 40): Promise<number> {
  for (let presses = 0; presses <= most; presses++) {
    if (await session.evaluate(isFocused, target)) return presses;
    await session.press('Tab');
  }
  const focus = await session.evaluate(describeFocus, null);
  throw new Error(`${most} presses of Tab never reached ${describeTarget(target)} (focus: ${focus})`);
}

/** Waits until the target has the focus (the page moved it there). */
export async function expectFocus(session: ReaderSession, target: Target): Promise<void> {
  await waitFor(session, `the focus on ${describeTarget(target)}`, isFocused, target);
}

/** Presses a key a number of times. */
export async function pressTimes(session: ReaderSession, key: Key, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await session.press(key);
}

/** In the page: the texts of the shown elements that match. */
function shownTexts(selector: string) {
  return [...document.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => element.getClientRects().length > 0)
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Waits until the shown elements that match show exactly these texts, in order. */
export async function expectTexts(session: ReaderSession, selector: string, texts: string[]): Promise<void> {
  const wanted = JSON.stringify(texts);
  await waitFor(
    session,
    `"${selector}" to show ${wanted}`,
    ({ selector: css, wanted: json }) => {
      const shown = [...document.querySelectorAll<HTMLElement>(css)]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
      return JSON.stringify(shown) === json;
    },
    { selector, wanted },
  ).catch(async (error: unknown) => {
    const shown = await session.evaluate(shownTexts, selector).catch(() => []);
    throw new Error(`${error instanceof Error ? error.message : error}; shown: ${JSON.stringify(shown)}`);
  });
}

/** Waits until the target is shown. */
export async function expectShown(session: ReaderSession, target: Target): Promise<void> {
  await waitFor(
    session,
    `${describeTarget(target)} to be shown`,
    ({ selector, text }) => {
      const collapse = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
      return [...document.querySelectorAll<HTMLElement>(selector)].some(
        (element) =>
          element.getClientRects().length > 0 &&
          (text === undefined || collapse(element.textContent) === text),
      );
    },
    target,
  );
}

/** Waits until the page at the address bar is this path (and query, when given), fully loaded. */
export async function expectAddress(
  session: ReaderSession,
  path: string,
  query?: (search: string) => boolean,
): Promise<URL> {
  const deadline = Date.now() + WAIT_MS;
  let seen = '';
  for (;;) {
    seen = await session.url().catch(() => seen);
    const ready = await session.evaluate(() => document.readyState === 'complete', null).catch(() => false);
    if (seen && ready) {
      const url = new URL(seen);
      if (url.pathname === path && (!query || query(url.search))) return url;
    }
    if (Date.now() > deadline)
      throw new Error(`Waited for the address ${path}; the address bar shows ${seen}`);
    await sleep(100);
  }
}
