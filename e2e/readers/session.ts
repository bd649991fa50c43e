/**
 * The small browser interface the reader scenarios are written against, so that one set of
 * scenarios runs in Chromium (Playwright, in `npm test`) and in Firefox and WebKit
 * (`npm run test:engines`, through WebDriver BiDi and W3C WebDriver). Each engine's driver
 * implements it; the scenarios never see which one they run in.
 */

/** The browser engines the scenarios run in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** A window size in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** The keys a reader presses in the scenarios. */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Space' | 'ArrowDown' | 'ArrowUp' | 'Escape';

/** What a fresh session starts with. */
export interface SessionOptions {
  /** The window's size. */
  viewport: Viewport;
  /** `false` makes every use of `localStorage` throw, as a browser with storage blocked does. */
  storage?: boolean;
  /** Scripts run in every page before its own (the harness's break on purpose, `ENGINES_BREAK`). */
  initScripts?: readonly string[];
}

/**
 * One tab of a fresh browser profile: nothing stored, no history, no clipboard shared with an
 * earlier session. Every page it opens is watched for console errors and CSP violations.
 */
export interface ReaderSession {
  /** Opens an address (a path of the site, or a full URL) and waits until it has loaded. */
  open(address: string): Promise<void>;
  /** The address in the address bar. */
  url(): Promise<string>;
  /**
   * Runs a self-contained function in the page with one JSON argument and returns its JSON result.
   * The function is sent as source: it may use nothing from the scenario's scope but its argument.
   */
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  /** Moves the pointer to a point of the viewport and clicks there, as a reader's mouse does. */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses and releases a key, or a modifier with one. */
  press(key: Key): Promise<void>;
  /** Types text into the focused field, key by key. */
  type(text: string): Promise<void>;
  /** The browser's Back button. */
  back(): Promise<void>;
  /** The browser's Forward button. */
  forward(): Promise<void>;
  /** Resizes the window's viewport. */
  resize(viewport: Viewport): Promise<void>;
  /** The text on the clipboard, read the way this engine allows it. */
  readClipboard(): Promise<string>;
  /** The console errors and CSP violations seen since the last call, and forgets them. */
  takeProblems(): Promise<string[]>;
  /** Closes the session and its profile. */
  close(): Promise<void>;
}

/** A browser that opens fresh sessions. */
export interface ReaderBrowser {
  /** Which engine it is. */
  engine: Engine;
  /** Its name and version, as the browser reports them. */
  version: string;
  /** Whether it scrolls to a link's text fragment (`#:~:text=`): not Chromium's headless shell. */
  textFragments: boolean;
  /** The site's origin it serves scenarios from, e.g. `http://localhost:4399`. */
  origin: string;
  /** Opens a fresh session. */
  newSession(options: SessionOptions): Promise<ReaderSession>;
  /** Closes the browser. */
  close(): Promise<void>;
}

/** A session's console errors and uncaught exceptions, each with the page's address, kept until taken. */
export interface ProblemLog {
  add(message: string, url: string): void;
  take(): string[];
}

/** Makes an empty problem log: `take` hands over what was logged since the last `take`. */
export function createProblemLog(): ProblemLog {
  let problems: string[] = [];
  return {
    add(message, url) {
      problems.push(`${message} (${url})`);
    },
    take() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}
