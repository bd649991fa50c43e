import { expect, test } from 'vitest';
import {
  describeNoBrowser,
  findBrowser,
  listBrowserCandidates,
  SYSTEM_CHROMIUM,
  type BrowserEnv,
} from './find-browser.ts';

const system = { kind: 'system', path: SYSTEM_CHROMIUM } as const;
const bundled = { kind: 'bundled' } as const;

test.each<[string, BrowserEnv, boolean, unknown[]]>([
  ['the system browser, then the bundled one', {}, true, [system, bundled]],
  ['only the bundled browser when the system has none', {}, false, [bundled]],
  ['only CHROMIUM_PATH when it is set', { CHROMIUM_PATH: '/opt/c' }, true, [{ kind: 'env', path: '/opt/c' }]],
  [
    'CHROMIUM_PATH over CSO_BROWSER',
    { CHROMIUM_PATH: '/opt/c', CSO_BROWSER: 'bundled' },
    true,
    [{ kind: 'env', path: '/opt/c' }],
  ],
  ['only the bundled browser with CSO_BROWSER=bundled', { CSO_BROWSER: 'bundled' }, true, [bundled]],
  ['only the system browser with CSO_BROWSER=system', { CSO_BROWSER: 'system' }, false, [system]],
  ['either when CSO_BROWSER is empty', { CSO_BROWSER: '' }, true, [system, bundled]],
])('tries %s', (_name, env, systemExists, expected) => {
  expect(listBrowserCandidates(env, (path) => systemExists && path === SYSTEM_CHROMIUM)).toEqual(expected);
});

test('refuses an unknown CSO_BROWSER, naming the values it takes', () => {
  expect(() => listBrowserCandidates({ CSO_BROWSER: 'firefox' }, () => true)).toThrow(/"bundled", "system"/);
});

test('names every browser tried and why, when none starts', () => {
  const message = describeNoBrowser([
    { candidate: system, reason: 'no such file' },
    { candidate: bundled, reason: 'the package is not installed' },
  ]);
  expect(message).toContain(`the system's Chromium at ${SYSTEM_CHROMIUM}: no such file`);
  expect(message).toContain('@sparticuz/chromium');
  expect(message).toContain('the package is not installed');
});

test('fails loudly, naming the path, when CHROMIUM_PATH does not start', () => {
  expect(() => findBrowser({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
    /No Chromium could be started[\s\S]*CHROMIUM_PATH=\/nonexistent\/chromium: no such file/,
  );
  // A file that exists but is no browser fails too, not just a missing one.
  expect(() => findBrowser({ CHROMIUM_PATH: '/bin/false' })).toThrow(
    /CHROMIUM_PATH=\/bin\/false: `--version` exited/,
  );
});

test('starts the Chromium that npm installs, without the system one', () => {
  const browser = findBrowser({ CSO_BROWSER: 'bundled' });
  expect(browser.kind).toBe('bundled');
  expect(browser.version).toMatch(/^Chromium \d+\./);
});
