/**
 * The preview server's load budget, and the judgement of measured figures against it: at least
 * 0.8× the throughput of sirv alone serving the same build, in the same run, on the same page.
 * Pure: `load.ts` measures, this module judges and writes the table.
 */

/** How the load is made, and what the preview server must keep up. */
export const LOAD_BUDGET = {
  /** Concurrent connections, each asking again as soon as it has an answer. */
  connections: 50,
  /** Seconds each server is measured for, per round. */
  seconds: 5,
  /** Rounds per server, alternated so that a busy moment of the machine hits both. */
  rounds: 2,
  /** The preview server's requests per second, as a share of sirv's. */
  minShareOfSirv: 0.8,
} as const;

/** What one server did under load. */
export interface LoadFigures {
  /** Requests answered per second, on average. */
  requestsPerSecond: number;
  /** Latency in milliseconds: the median and the 99th percentile. */
  p50Ms: number;
  p99Ms: number;
  /** Answers that were not 200, and connection errors and timeouts. */
  non2xx: number;
  errors: number;
  /** Bytes of the page as sent (compressed). */
  bytesPerResponse: number;
}

/** The load measured on one page: the preview server and sirv, the library it is built on. */
export interface LoadComparison {
  path: string;
  encoding: string;
  site: LoadFigures;
  sirv: LoadFigures;
}

/** Averages the rounds of one server: throughput and latencies by mean, failures added up. */
export function combineRounds(rounds: readonly LoadFigures[]): LoadFigures {
  const mean = (pick: (figures: LoadFigures) => number) =>
    rounds.reduce((sum, round) => sum + pick(round), 0) / Math.max(rounds.length, 1);
  return {
    requestsPerSecond: mean((round) => round.requestsPerSecond),
    p50Ms: mean((round) => round.p50Ms),
    p99Ms: mean((round) => round.p99Ms),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    bytesPerResponse: mean((round) => round.bytesPerResponse),
  };
}

/** Lists, in words, every way the load figures miss the budget; empty when they hold. */
export function findMissedLoadBudget({ path, site, sirv }: LoadComparison): string[] {
  const missed: string[] = [];
  const share = sirv.requestsPerSecond > 0 ? site.requestsPerSecond / sirv.requestsPerSecond : 0;
  if (share < LOAD_BUDGET.minShareOfSirv) {
    missed.push(
      `${path}: the preview server answers ${Math.round(site.requestsPerSecond)} req/s, ` +
        `${share.toFixed(2)}× sirv's ${Math.round(sirv.requestsPerSecond)} (budget ≥ ${LOAD_BUDGET.minShareOfSirv}×)`,
    );
  }
  for (const [name, figures] of [
    ['the preview server', site],
    ['sirv', sirv],
  ] as const) {
    if (figures.non2xx > 0 || figures.errors > 0) {
      missed.push(
        `${path}: ${name} gave ${figures.non2xx} answers other than 200 and ${figures.errors} errors`,
      );
    }
  }
  return missed;
}

/** Writes the comparison as a Markdown table, with the preview server's share of sirv's throughput. */
export function formatLoadTable({ path, encoding, site, sirv }: LoadComparison): string {
  const row = (name: string, figures: LoadFigures, share: string) =>
    `| ${name} | ${Math.round(figures.requestsPerSecond)} | ${figures.p50Ms.toFixed(1)} | ${figures.p99Ms.toFixed(1)} | ${figures.bytesPerResponse} | ${share} |`;
  const share = sirv.requestsPerSecond > 0 ? site.requestsPerSecond / sirv.requestsPerSecond : 0;
  return [
    `Load: GET ${path} (${encoding}), ${LOAD_BUDGET.connections} connections, ${LOAD_BUDGET.rounds}×${LOAD_BUDGET.seconds} s per server, loopback`,
    '',
    '| server | req/s | p50 ms | p99 ms | bytes/answer | share of sirv |',
    '| :-- | --: | --: | --: | --: | --: |',
    row('preview server (`npm start`)', site, `${share.toFixed(2)}×`),
    row('sirv alone', sirv, '1.00×'),
  ].join('\n');
}
