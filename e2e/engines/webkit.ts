/**
 * The reader scenarios' browser interface on WebKitGTK (Safari's engine), through Debian's
 * WebKitWebDriver under Xvfb. Each session is a new driver and window process (`webkit-window.py`)
 * with an ephemeral profile; the page's console comes on the driver's output, where errors are
 * collected.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { listInitScripts } from '../readers/page-scripts.ts';
import type { Key, ReaderBrowser, ReaderSession, SessionOptions, Viewport } from '../readers/session.ts';
import { findFreePort, stopProcess, waitForHttp } from './processes.ts';
import { KEY_CODES, WebDriverSession, type InputSource } from './webdriver.ts';

const WINDOW_SCRIPT = fileURLToPath(new URL('./webkit-window.py', import.meta.url));

/** A line the engine writes for a console message of level error (exceptions and CSP included). */
const CONSOLE_ERROR = /\bCONSOLE (?:[A-Z]+ )*ERROR\b/;

/** The key actions of one key press, with a modifier held when there is one. */
function keyPress(key: Key | 'Control+v'): InputSource {
  const [modifier, name] = key.includes('+') ? (key.split('+') as [string, string]) : [undefined, key];
  const code = (value: string) => KEY_CODES[value as keyof typeof KEY_CODES] ?? value;
  const press = [
    { type: 'keyDown' as const, value: code(name) },
    { type: 'keyUp' as const, value: code(name) },
  ];
  return {
    type: 'key',
    id: 'keyboard',
    actions: modifier
      ? [{ type: 'keyDown', value: code(modifier) }, ...press, { type: 'keyUp', value: code(modifier) }]
      : press,
  };
}

/** A WebKitWebDriver process on a free port, and the console lines of error its browser wrote. */
async function startDriver(driverPath: string, display: string) {
  const port = await findFreePort();
  const driver = spawn(driverPath, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const errors: string[] = [];
  let pending = '';
  const read = (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    errors.push(...lines.filter((line) => CONSOLE_ERROR.test(line)));
  };
  driver.stdout?.on('data', read);
  driver.stderr?.on('data', read);
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/status`, 10_000, 'WebKitWebDriver');
  return { base, errors, stop: () => stopProcess(driver) };
}

/**
 * Wraps Debian's WebKitWebDriver. It drives one session at a time, so each session (a scenario's
 * fresh reader) has a driver process of its own, with the page's console of that session alone.
 */
export async function launchWebKit(options: {
  driver: string;
  python: string;
  display: string;
  origin: string;
}): Promise<ReaderBrowser> {
  const capabilities = (initScripts: readonly string[]) => ({
    'webkitgtk:browserOptions': {
      binary: options.python,
      args: [WINDOW_SCRIPT, ...initScripts.map((source) => `--user-script=${source}`)],
    },
  });
  // A first session says which WebKitGTK this is, and that the window starts.
  const probeDriver = await startDriver(options.driver, options.display);
  const probe = await WebDriverSession.start(probeDriver.base, capabilities([]));
  const version = `WebKitGTK ${String(probe.capabilities['browserVersion'])}`;
  await probe.end().catch(() => {});
  await probeDriver.stop();

  return {
    engine: 'webkit',
    version,
    textFragments: true,
    origin: options.origin,
    async newSession(sessionOptions: SessionOptions): Promise<ReaderSession> {
      const driver = await startDriver(options.driver, options.display);
      const webdriver = await WebDriverSession.start(
        driver.base,
        capabilities(listInitScripts(sessionOptions)),
      ).catch(async (error: unknown) => {
        await driver.stop();
        throw error;
      });
      const run = <A, R>(fn: (arg: A) => R, arg: A) =>
        webdriver.execute<Awaited<R>>(`return (${fn.toString()})(arguments[0]);`, [arg]);
      const measure = () => run(() => ({ width: innerWidth, height: innerHeight }), null);
      const resize = async ({ width, height }: Viewport) => {
        const settle = async () => {
          let inner = await measure();
          for (let tries = 0; tries < 20 && (inner.width !== width || inner.height !== height); tries++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            inner = await measure();
          }
          return inner;
        };
        await webdriver.setWindowSize(width, height);
        const inner = await settle();
        // Without a window manager the window has no frame; were there one, make room for it.
        const frame = { width: width - inner.width, height: height - inner.height };
        if (frame.width === 0 && frame.height === 0) return;
        if (frame.width < 0 || frame.height < 0 || frame.width > 100 || frame.height > 200) {
          throw new Error(
            `WebKit's viewport is ${inner.width}×${inner.height} in a ${width}×${height} window`,
          );
        }
        await webdriver.setWindowSize(width + frame.width, height + frame.height);
        await settle();
      };
      await resize(sessionOptions.viewport);
      const press = (key: Key | 'Control+v') => webdriver.perform([keyPress(key)]);
      return {
        async open(address) {
          await webdriver.navigate(new URL(address, options.origin).href);
        },
        url: () => webdriver.currentUrl(),
        evaluate: run,
        async clickAt(x, y) {
          await webdriver.perform([
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ]);
        },
        press,
        async type(text) {
          await webdriver.perform([
            {
              type: 'key',
              id: 'keyboard',
              actions: [...text].flatMap((value) => [
                { type: 'keyDown' as const, value },
                { type: 'keyUp' as const, value },
              ]),
            },
          ]);
        },
        back: () => webdriver.back(),
        forward: () => webdriver.forward(),
        resize,
        async readClipboard() {
          // WebKit asks the reader before a page reads the clipboard: paste it, as a reader does.
          await run(() => {
            const field = document.createElement('textarea');
            field.id = 'reader-clipboard';
            document.body.append(field);
            field.focus();
          }, null);
          await press('Control+v');
          return run(() => {
            const field = document.getElementById('reader-clipboard') as HTMLTextAreaElement | null;
            field?.remove();
            return field?.value ?? '';
          }, null);
        },
        async takeProblems() {
          // The engine writes the console as it goes: give the last lines a moment to arrive.
          await new Promise((resolve) => setTimeout(resolve, 150));
          return driver.errors.splice(0);
        },
        async close() {
          await webdriver.end().catch(() => {});
          await driver.stop();
        },
      };
    },
    async close() {},
  };
}
