/**
 * The Chromium that the browser tests (`playwright.config.ts`) and the benchmark (Lighthouse) drive.
 * Best first: `CHROMIUM_PATH`, then the system's Chromium, then the one `npm install` brings
 * (`@sparticuz/chromium`, a Chromium build published on the npm registry, unpacked on first use),
 * so the tests run on a machine without root and without a system browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { writeFileAtomicSync } from '../site/atomic-write.ts';

/** Debian's Chromium, used when it is there. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** One place a browser may come from. */
export type BrowserCandidate =
  { kind: 'env'; path: string } | { kind: 'system'; path: string } | { kind: 'bundled' };

/** The environment variables that steer the choice. */
export interface BrowserEnv {
  /** A Chromium binary to use and nothing else. */
  CHROMIUM_PATH?: string | undefined;
  /** `bundled`: only the npm package's Chromium; `system`: only the system's. Unset: either. */
  CSO_BROWSER?: string | undefined;
}

/** The browsers to try, best first, for an environment and a way to tell whether a file exists. */
export function listBrowserCandidates(
  env: BrowserEnv,
  exists: (path: string) => boolean,
): BrowserCandidate[] {
  // A path the user gave is the only one tried: silently using another browser would hide their mistake.
  if (env.CHROMIUM_PATH) return [{ kind: 'env', path: env.CHROMIUM_PATH }];
  const system: BrowserCandidate = { kind: 'system', path: SYSTEM_CHROMIUM };
  const bundled: BrowserCandidate = { kind: 'bundled' };
  switch (env.CSO_BROWSER) {
    case 'bundled':
      return [bundled];
    case 'system':
      return [system];
    case undefined:
    case '':
      return exists(SYSTEM_CHROMIUM) ? [system, bundled] : [bundled];
    default:
      throw new Error(`CSO_BROWSER is "${env.CSO_BROWSER}": it may be "bundled", "system", or unset.`);
  }
}

/** What happened when one candidate was tried. */
export interface BrowserAttempt {
  /** The candidate tried. */
  candidate: BrowserCandidate;
  /** Why it could not be used. */
  reason: string;
}

/** How a candidate reads in a message. */
export function describeCandidate(candidate: BrowserCandidate): string {
  if (candidate.kind === 'env') return `CHROMIUM_PATH=${candidate.path}`;
  if (candidate.kind === 'system') return `the system's Chromium at ${candidate.path}`;
  return 'the npm package @sparticuz/chromium (run `npm install` or `npm ci` to get it)';
}

/** The error given when no browser could be started, naming each one tried and why it failed. */
export function describeNoBrowser(attempts: readonly BrowserAttempt[]): string {
  return [
    'No Chromium could be started for the browser tests and the benchmark. Tried:',
    ...attempts.map(({ candidate, reason }) => `  - ${describeCandidate(candidate)}: ${reason}`),
    'Set CHROMIUM_PATH to a Chromium binary, or reinstall the dependencies.',
  ].join('\n');
}

/** A browser that starts. */
export interface FoundBrowser {
  /** The Chromium binary. */
  path: string;
  /** Where it came from. */
  kind: BrowserCandidate['kind'];
  /** What it says with `--version`. */
  version: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Unpacks the npm package's brotli-packed Chromium into `node_modules/.cache/`, once per version. */
function unpackBundledChromium(): string {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  } catch {
    throw new Error('the package is not installed');
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const binary = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`, 'chromium');
  if (existsSync(binary)) return binary;
  // Whole or not at all: a test worker starting at the same time never sees half a binary.
  writeFileAtomicSync(binary, brotliDecompressSync(readFileSync(join(packageDir, 'bin', 'chromium.br'))), {
    mode: 0o755,
  });
  return binary;
}

/** Runs `--version`: a binary that cannot load its libraries or is not executable fails here. */
function readVersion(path: string): string {
  if (!existsSync(path)) throw new Error('no such file');
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`\`--version\` exited with ${result.status}: ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout.trim();
}

/** The first candidate that starts, or an error naming every one tried. */
export function findBrowser(env: BrowserEnv = process.env): FoundBrowser {
  const attempts: BrowserAttempt[] = [];
  for (const candidate of listBrowserCandidates(env, existsSync)) {
    try {
      const path = candidate.kind === 'bundled' ? unpackBundledChromium() : candidate.path;
      return { path, kind: candidate.kind, version: readVersion(path) };
    } catch (error) {
      attempts.push({ candidate, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  throw new Error(describeNoBrowser(attempts));
}
