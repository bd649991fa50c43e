/**
 * A W3C WebDriver client, just what the reader scenarios need: sessions, navigation, scripts,
 * input actions, history and the window's size. WebKitWebDriver speaks it.
 */

/** A command the driver refused, with the driver's own error and message. */
export class WebDriverError extends Error {
  /** The command, e.g. `POST /url`. */
  readonly command: string;
  /** The driver's error code, e.g. `no such window`. */
  readonly error: string;

  constructor(command: string, error: string, message: string) {
    super(`WebDriver ${command}: ${error}${message ? `: ${message}` : ''}`);
    this.command = command;
    this.error = error;
  }
}

/** The codes WebDriver uses for keys that are not characters. */
export const KEY_CODES = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  Shift: '\uE008',
  Control: '\uE009',
} as const satisfies Record<string, string>;

/** One input source's actions, as the Perform Actions command takes them. */
export type InputSource =
  | {
      type: 'key';
      id: string;
      actions: ({ type: 'keyDown' | 'keyUp'; value: string } | { type: 'pause'; duration: number })[];
    }
  | {
      type: 'pointer';
      id: string;
      parameters: { pointerType: 'mouse' };
      actions: (
        | { type: 'pointerMove'; x: number; y: number; origin: 'viewport'; duration: number }
        | { type: 'pointerDown' | 'pointerUp'; button: number }
      )[];
    };

/** A command's time limit: a page load on two busy cores is slow, a stuck driver is not waited for. */
const COMMAND_TIMEOUT_MS = 60_000;

/** Sends one command to a WebDriver server and returns its `value`. */
async function send<T>(
  base: string,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const init: RequestInit = {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    signal: AbortSignal.timeout(COMMAND_TIMEOUT_MS),
  };
  // A POST always carries a JSON object, if only an empty one.
  if (method === 'POST') init.body = JSON.stringify(body ?? {});
  const response = await fetch(`${base}${path}`, init);
  const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
    throw new WebDriverError(
      `${method} ${path.replace(/^\/session\/[^/]+/, '')}`,
      String(value?.error),
      String(value?.message ?? ''),
    );
  }
  return value;
}

/** An open WebDriver session. */
export class WebDriverSession {
  readonly #base: string;
  /** The session's id. */
  readonly id: string;
  /** What the driver says the browser is: `browserName`, `browserVersion`… */
  readonly capabilities: Record<string, unknown>;

  constructor(base: string, id: string, capabilities: Record<string, unknown>) {
    this.#base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Opens a session on the server at `base` (e.g. `http://127.0.0.1:4444`). */
  static async start(base: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const { sessionId, capabilities: granted } = await send<{
      sessionId: string;
      capabilities: Record<string, unknown>;
    }>(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(base, sessionId, granted);
  }

  #send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    return send<T>(this.#base, method, `/session/${this.id}${path}`, body);
  }

  /** Navigates and waits for the page to load. */
  async navigate(url: string) {
    await this.#send('POST', '/url', { url });
  }

  /** The current page's address. */
  currentUrl() {
    return this.#send<string>('GET', '/url');
  }

  /** Runs a function body in the page with its arguments; a returned promise is awaited. */
  execute<T>(body: string, args: unknown[]) {
    return this.#send<T>('POST', '/execute/sync', { script: body, args });
  }

  /** Performs input actions, then releases every key and button. */
  async perform(sources: InputSource[]) {
    await this.#send('POST', '/actions', { actions: sources });
    await this.#send('DELETE', '/actions');
  }

  async back() {
    await this.#send('POST', '/back');
  }

  async forward() {
    await this.#send('POST', '/forward');
  }

  /** Sets the window's outer size. */
  async setWindowSize(width: number, height: number) {
    await this.#send('POST', '/window/rect', { width, height });
  }

  /** Ends the session; the driver closes the browser. */
  async end() {
    await this.#send('DELETE', '');
  }
}
