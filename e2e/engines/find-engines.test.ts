import { expect, test } from 'vitest';
import { describeMissing, ENGINE_PACKAGES, findExecutable, type Requirement } from './find-engines.ts';

const requirement = (name: string, packages: string[], found?: string): Requirement => ({
  name,
  packages,
  found,
});

test('says nothing when every browser is installed', () => {
  expect(
    describeMissing([requirement('Firefox ESR', ['firefox-esr'], '/usr/bin/firefox-esr')]),
  ).toBeUndefined();
});

test('names each missing browser with its package, and the command that installs them all', () => {
  const message = describeMissing([
    requirement('Firefox ESR', ['firefox-esr'], '/usr/bin/firefox-esr'),
    requirement('WebKitGTK WebDriver (WebKitWebDriver)', ['webkit2gtk-driver']),
    requirement('the virtual X server (Xvfb)', ['xvfb']),
  ]);
  expect(message).toContain(
    'missing: WebKitGTK WebDriver (WebKitWebDriver) (Debian package webkit2gtk-driver)',
  );
  expect(message).toContain('missing: the virtual X server (Xvfb) (Debian package xvfb)');
  expect(message).not.toContain('missing: Firefox');
  expect(message).toContain(`apt-get install ${ENGINE_PACKAGES.join(' ')}`);
  expect(message).toContain('apt-get install firefox-esr webkit2gtk-driver xvfb');
});

test.each([
  ['a name found in the second folder of PATH', 'Xvfb', '/opt/x:/usr/bin', '/usr/bin/Xvfb'],
  ['a name on no folder of PATH', 'Xvfb', '/opt/x', undefined],
  ['an absolute path that exists', '/usr/bin/Xvfb', '', '/usr/bin/Xvfb'],
  ['an absolute path that does not', '/nowhere/Xvfb', '/usr/bin', undefined],
])('finds %s', (_case, name, path, expected) => {
  const installed = new Set(['/usr/bin/Xvfb']);
  expect(findExecutable(name, path, (file) => installed.has(file))).toBe(expected);
});
