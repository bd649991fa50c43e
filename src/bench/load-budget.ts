/**
 * The preview server's load budget, and the judgement of measured figures against it: at least
 * 0.8× the throughput of sirv alone serving the same build, in the same run, on the same page.
 * The servers take turns, round after round; each round gives a share (the preview server's
 * throughput over sirv's in the round just before it), and the median share is judged, so that one
 * round slowed by the machine's other work does not decide. Pure: `load.ts` measures, this module
 * judges and writes the table.
 */

/** How the load is made, and what the preview server must keep up. */
export const LOAD_BUDGET = {
  /** Concurrent connections, each asking again as soon as it has an answer. */
  connections: 50,
  /** Seconds each server is measured for, per round. */
  seconds: 3,
  /** Rounds per server, alternated so that a busy moment of the machine hits both; odd, for a median. */
  rounds: 5,
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
  /** Each server's rounds combined. */
  site: LoadFigures;
  sirv: LoadFigures;
  /** The preview server's share of sirv's throughput, round by round. */
  shares: number[];
}

/** The preview server's share of sirv's throughput in each round, pairing rounds in order. */
export function roundShares(site: readonly LoadFigures[], sirv: readonly LoadFigures[]): number[] {
  if (site.length !== sirv.length) {
    throw new Error(`Rounds must pair up: ${site.length} of the preview server, ${sirv.length} of sirv.`);
  }
  return site.map((round, index) => {
    const other = sirv[index]?.requestsPerSecond ?? 0;
    return other > 0 ? round.requestsPerSecond / other : 0;
  });
}

/** The median of some numbers (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The share the budget judges: the median of the rounds' shares. */
export function judgedShare({ shares }: Pick<LoadComparison, 'shares'>): number {
  return median(shares);
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
export function findMissedLoadBudget(comparison: LoadComparison): string[] {
  const { path, site, sirv } = comparison;
  const missed: string[] = [];
  const share = judgedShare(comparison);
  if (share < LOAD_BUDGET.minShareOfSirv) {
    missed.push(
      `${path}: the preview server answers ${Math.round(site.requestsPerSecond)} req/s to sirv's ` +
        `${Math.round(sirv.requestsPerSecond)}, a median share of ${share.toFixed(2)}× over ` +
        `${comparison.shares.length} rounds (budget ≥ ${LOAD_BUDGET.minShareOfSirv}×)`,
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

/**
 * Writes the comparison as a Markdown table, with the preview server's judged share of sirv's
 * throughput, and the share of every round below it.
 */
export function formatLoadTable(comparison: LoadComparison): string {
  const { path, encoding, site, sirv, shares } = comparison;
  const row = (name: string, figures: LoadFigures, share: string) =>
    `| ${name} | ${Math.round(figures.requestsPerSecond)} | ${figures.p50Ms.toFixed(1)} | ${figures.p99Ms.toFixed(1)} | ${figures.bytesPerResponse} | ${share} |`;
  return [
    `Load: GET ${path} (${encoding}), ${LOAD_BUDGET.connections} connections, ${shares.length}×${LOAD_BUDGET.seconds} s per server, taking turns, loopback`,
    '',
    '| server | req/s | p50 ms | p99 ms | bytes/answer | share of sirv |',
    '| :-- | --: | --: | --: | --: | --: |',
    row('preview server (`npm start`)', site, `${judgedShare(comparison).toFixed(2)}×`),
    row('sirv alone', sirv, '1.00×'),
    '',
    `Share of sirv round by round: ${shares.map((share) => `${share.toFixed(2)}×`).join(', ')}; ` +
      `the median is judged (budget ≥ ${LOAD_BUDGET.minShareOfSirv}×). req/s and latencies are the rounds' means.`,
  ].join('\n');
}
