/**
 * What `npm run test:engines` needs from the machine, and where it is: Debian's Firefox ESR, its
 * WebKitGTK WebDriver, an X server for WebKit's windows, and the GTK bindings the window uses.
 * Missing pieces are named with the packages that bring them; the run then fails, never skips.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** One thing the run needs from the machine. */
export interface Requirement {
  /** What it is, for the reader of the message. */
  name: string;
  /** The Debian packages that bring it. */
  packages: readonly string[];
  /** Where it was found, or `undefined` when it was not. */
  found: string | undefined;
}

/** The Debian packages every requirement needs, in the order an install command lists them. */
export const ENGINE_PACKAGES = [
  'firefox-esr',
  'webkit2gtk-driver',
  'xvfb',
  'python3-gi',
  'gir1.2-webkit2-4.1',
] as const;

/** Finds an executable by name on the `PATH` given, or by the absolute path given. */
export function findExecutable(
  name: string,
  path: string | undefined,
  isExecutable: (file: string) => boolean = canExecute,
): string | undefined {
  if (name.includes('/')) return isExecutable(name) ? name : undefined;
  return (path ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, name))
    .find(isExecutable);
}

function canExecute(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether Debian's Python can load the GTK 3 and WebKitGTK 4.1 bindings the WebKit window uses. */
function canLoadWebKitBindings(python: string): boolean {
  const check = "import gi; gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1')";
  return spawnSync(python, ['-c', check], { stdio: 'ignore', timeout: 20_000 }).status === 0;
}

/** Looks for everything the run needs; `FIREFOX_PATH` and `WEBKIT_WEBDRIVER_PATH` name other binaries. */
export function findEngineRequirements(env: NodeJS.ProcessEnv = process.env) {
  // Debian's system paths come first after the user's: a Python of pyenv or a venv has no bindings.
  const path = [env['PATH'], '/usr/bin', '/bin', '/usr/sbin'].filter(Boolean).join(delimiter);
  const firefox =
    findExecutable(env['FIREFOX_PATH'] ?? 'firefox-esr', path) ??
    (env['FIREFOX_PATH'] ? undefined : findExecutable('firefox', path));
  const webkitDriver = findExecutable(env['WEBKIT_WEBDRIVER_PATH'] ?? 'WebKitWebDriver', path);
  const xvfb = findExecutable('Xvfb', path);
  const python = findExecutable('/usr/bin/python3', path);
  const requirements = {
    firefox: { name: 'Firefox ESR', packages: ['firefox-esr'], found: firefox },
    webkitDriver: {
      name: 'WebKitGTK WebDriver (WebKitWebDriver)',
      packages: ['webkit2gtk-driver'],
      found: webkitDriver,
    },
    xvfb: { name: 'the virtual X server (Xvfb) for WebKit’s windows', packages: ['xvfb'], found: xvfb },
    python: {
      name: 'the GTK and WebKitGTK bindings for Debian’s Python (/usr/bin/python3)',
      packages: ['python3-gi', 'gir1.2-webkit2-4.1'],
      found: python && canLoadWebKitBindings(python) ? python : undefined,
    },
  } satisfies Record<string, Requirement>;
  return requirements;
}

/**
 * What to tell a reader when something is missing: each missing piece and the command that
 * installs every package; `undefined` when nothing is.
 */
export function describeMissing(requirements: readonly Requirement[]): string | undefined {
  const missing = requirements.filter(({ found }) => !found);
  if (missing.length === 0) return undefined;
  return [
    'test:engines cannot run: the browsers it drives are not all installed.',
    ...missing.map(({ name, packages }) => `  missing: ${name} (Debian package ${packages.join(', ')})`),
    'Install them, as root, from Debian’s packages:',
    `  apt-get install ${ENGINE_PACKAGES.join(' ')}`,
    '(FIREFOX_PATH and WEBKIT_WEBDRIVER_PATH name binaries elsewhere.)',
  ].join('\n');
}
