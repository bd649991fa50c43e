/**
 * `npm run test:engines`: the reader scenarios in Firefox ESR and WebKitGTK, both languages,
 * against the site built and served by the project's own preview server. Fails when a browser is
 * missing (saying how to install it), and names the engine and the scenario of every failure.
 *
 *   ENGINES=webkit                       one engine only (firefox, webkit)
 *   ENGINES_SCENARIOS=search,brief-copy  some scenarios only
 *   ENGINES_BREAK=webkit:quiz-by-keyboard  a page script that throws, in that engine (and scenario)
 *                                        only: the run must fail and name them
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { READER_SCENARIOS } from '../readers/scenarios.ts';
import type { ReaderBrowser } from '../readers/session.ts';
import { describeMissing, findEngineRequirements } from './find-engines.ts';
import { launchFirefox } from './firefox.ts';
import { startXvfb, stopProcess, waitForHttp } from './processes.ts';
import { formatResult, parseBreakTarget, runMatrix, summarize } from './run-matrix.ts';
import { launchWebKit } from './webkit.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const wanted = (process.env['ENGINES'] ?? 'firefox,webkit').split(',').map((name) => name.trim());
const unknown = wanted.filter((name) => name !== 'firefox' && name !== 'webkit');
if (unknown.length > 0)
  throw new Error(`ENGINES="${process.env['ENGINES']}": only firefox and webkit run here`);
const onlyScenarios = process.env['ENGINES_SCENARIOS']?.split(',').map((id) => id.trim());
const scenarios = READER_SCENARIOS.filter(({ id }) => !onlyScenarios || onlyScenarios.includes(id));
if (scenarios.length === 0)
  throw new Error(`ENGINES_SCENARIOS="${process.env['ENGINES_SCENARIOS']}" names no scenario`);
const breakTarget = parseBreakTarget(process.env['ENGINES_BREAK']);

const requirements = findEngineRequirements();
const needed = [
  ...(wanted.includes('firefox') ? [requirements.firefox] : []),
  ...(wanted.includes('webkit') ? [requirements.webkitDriver, requirements.xvfb, requirements.python] : []),
];
const missing = describeMissing(needed);
if (missing) {
  console.error(missing);
  process.exit(1);
}

// The site as it is now, built as `npm run build` builds it (the caches make a rebuild quick).
console.log('Building the site…');
const build = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) {
  console.error('test:engines: the build failed (run `npm run build` to see why)');
  process.exit(1);
}
console.log(`Built in ${seconds()}.`);

const port = Number(process.env['E2E_PORT'] ?? 4399);
const origin = `http://localhost:${port}`;
const children: ChildProcess[] = [];
const browsers: ReaderBrowser[] = [];
let exitCode = 1;
try {
  const server = spawn(process.execPath, ['src/serve/serve.ts', String(port)], {
    cwd: root,
    stdio: 'ignore',
  });
  children.push(server);
  await waitForHttp(`${origin}/es/`, 20_000, 'The preview server (src/serve/serve.ts)');

  const launches: Promise<ReaderBrowser>[] = [];
  if (wanted.includes('firefox') && requirements.firefox.found) {
    launches.push(launchFirefox({ executablePath: requirements.firefox.found, origin }));
  }
  if (
    wanted.includes('webkit') &&
    requirements.webkitDriver.found &&
    requirements.xvfb.found &&
    requirements.python.found
  ) {
    const xvfb = await startXvfb(requirements.xvfb.found);
    children.push(xvfb.process);
    launches.push(
      launchWebKit({
        driver: requirements.webkitDriver.found,
        python: requirements.python.found,
        display: xvfb.display,
        origin,
      }),
    );
  }
  browsers.push(...(await Promise.all(launches)));
  for (const browser of browsers) console.log(`${browser.engine}: ${browser.version}`);
  if (breakTarget)
    console.log(
      `ENGINES_BREAK: a page script throws in ${breakTarget.engine}, ${breakTarget.scenario ?? 'every scenario'}`,
    );

  const results = await runMatrix(browsers, scenarios, ['es', 'en'], {
    timeout: 120_000,
    breakTarget,
    report: (result) => console.log(formatResult(result)),
  });
  const { ok, text } = summarize(results);
  console.log(
    `\n${text}\nEngines: ${browsers.map(({ version }) => version).join(', ')}; ${seconds()} in all.`,
  );
  exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`test:engines could not run: ${error instanceof Error ? error.stack : error}`);
} finally {
  for (const browser of browsers) await browser.close().catch(() => {});
  for (const child of children.reverse()) await stopProcess(child);
}
process.exit(exitCode);
