/**
 * `npm run bench:load` (and part of `npm run bench`): the preview server under load, against sirv
 * alone serving the same build in the same run. autocannon makes the load on the loopback, with
 * 50 connections asking for an article page with `Accept-Encoding: br, gzip`; each server runs in
 * a process of its own, and the rounds alternate between them. Prints a table, writes
 * `bench-results/load.json`, and (run alone) exits non-zero when the budget is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BASE_PATH, OUT_DIR } from '../site/site-url.ts';
import { askOver } from '../quality/host-checks.ts';
import {
  combineRounds,
  findMissedLoadBudget,
  formatLoadTable,
  LOAD_BUDGET,
  roundShares,
  type LoadComparison,
  type LoadFigures,
} from './load-budget.ts';

const project = new URL('../../', import.meta.url);
const node = fileURLToPath(new URL('node_modules/.bin/node', project));
const ACCEPT = { 'accept-encoding': 'br, gzip' };

/** Starts one server of the benchmark and waits for its port. */
function startServer(
  kind: 'site' | 'sirv',
  root: string,
  base: string,
): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(node, [fileURLToPath(new URL('src/bench/load-server.ts', project)), kind, root, base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The ${kind} server stopped (exit ${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /ready (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ child, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Loads one URL for some seconds and reads the figures. */
async function load(url: string, seconds: number): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    connections: LOAD_BUDGET.connections,
    duration: seconds,
    headers: ACCEPT,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse:
      result.requests.total > 0 ? Math.round(result.throughput.total / result.requests.total) : 0,
  };
}

/** Measures the preview server and sirv on an article page of a build, and judges the figures. */
export async function runLoadBench(
  root = fileURLToPath(new URL(`${OUT_DIR}/`, project)),
  base = BASE_PATH,
): Promise<{ comparison: LoadComparison; table: string; missed: string[] }> {
  const path = `${base}es/articles/cso-vs-cro/`;
  const site = await startServer('site', root, base);
  const sirv = await startServer('sirv', root, base);
  try {
    const encoding =
      (await askOver(site.origin)(path, ACCEPT)).headers['content-encoding']?.[0] ?? 'identity';
    // A second of warm-up each: the first requests pay for compiling the code paths.
    await load(`${site.origin}${path}`, 1);
    await load(`${sirv.origin}${path}`, 1);
    const rounds: { site: LoadFigures[]; sirv: LoadFigures[] } = { site: [], sirv: [] };
    for (let round = 0; round < LOAD_BUDGET.rounds; round++) {
      // Each server goes first in every other round, so that neither always follows the other.
      const order = round % 2 === 0 ? (['site', 'sirv'] as const) : (['sirv', 'site'] as const);
      for (const kind of order) {
        const origin = kind === 'site' ? site.origin : sirv.origin;
        rounds[kind].push(await load(`${origin}${path}`, LOAD_BUDGET.seconds));
      }
    }
    const comparison = {
      path,
      encoding,
      site: combineRounds(rounds.site),
      sirv: combineRounds(rounds.sirv),
      shares: roundShares(rounds.site, rounds.sirv),
    };
    mkdirSync(new URL('bench-results/', project), { recursive: true });
    writeFileSync(
      new URL('bench-results/load.json', project),
      `${JSON.stringify({ ...comparison, rounds }, null, 2)}\n`,
    );
    return { comparison, table: formatLoadTable(comparison), missed: findMissedLoadBudget(comparison) };
  } finally {
    site.child.kill();
    sirv.child.kill();
  }
}

// Run alone: `npm run bench:load` measures the build already in `OUT_DIR` (`npm run build` first).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { table, missed } = await runLoadBench();
  console.log(table);
  for (const miss of missed) console.error(`Budget missed: ${miss}`);
  process.exit(missed.length > 0 ? 1 : 0);
}
