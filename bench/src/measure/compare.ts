import { runLoad, type LoadResult, type LoadTarget } from './load.js';
import { median, round as roundTo } from './stats.js';

export interface CompareOptions {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  log: (line: string) => void;
}

export interface SideSummary {
  label: string;
  /** Medians over the rounds. */
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
  rounds: LoadResult[];
}

export interface Comparison {
  a: SideSummary;
  b: SideSummary;
  /** Median of the per-round A/B req/s ratios. */
  rpsRatio: number;
  /** Median of the per-round A/B p95 ratios. */
  p95Ratio: number;
  perRoundRpsRatios: number[];
}

/**
 * Warm both sides up, then alternate A and B for `rounds` rounds in one run: whatever drifts (CPU clock, cache,
 * autovacuum, the other helpers on the machine) affects both sides alike, and the median of the per-round ratios
 * ignores a round that was disturbed.
 */
export async function compare(a: LoadTarget, b: LoadTarget, options: CompareOptions): Promise<Comparison> {
  const load = { connections: options.connections };
  await runLoad(a, { ...load, seconds: options.warmupSeconds });
  await runLoad(b, { ...load, seconds: options.warmupSeconds });
  const roundsA: LoadResult[] = [];
  const roundsB: LoadResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const resultA = await runLoad(a, { ...load, seconds: options.seconds });
    const resultB = await runLoad(b, { ...load, seconds: options.seconds });
    roundsA.push(resultA);
    roundsB.push(resultB);
    options.log(
      `  round ${round}: ${a.label} ${resultA.rps.toFixed(0)} req/s p95 ${resultA.p95.toFixed(1)} ms | ${b.label} ${resultB.rps.toFixed(0)} req/s p95 ${resultB.p95.toFixed(1)} ms`,
    );
  }
  const perRoundRpsRatios = roundsA.map((r, i) => r.rps / (roundsB[i]?.rps ?? Number.NaN));
  const perRoundP95Ratios = roundsA.map((r, i) => r.p95 / (roundsB[i]?.p95 ?? Number.NaN));
  return {
    a: summarise(a.label, roundsA),
    b: summarise(b.label, roundsB),
    rpsRatio: roundTo(median(perRoundRpsRatios), 3),
    p95Ratio: roundTo(median(perRoundP95Ratios), 3),
    perRoundRpsRatios: perRoundRpsRatios.map((r) => roundTo(r, 3)),
  };
}

function summarise(label: string, rounds: LoadResult[]): SideSummary {
  return {
    label,
    rps: roundTo(median(rounds.map((r) => r.rps)), 1),
    p50: roundTo(median(rounds.map((r) => r.p50)), 2),
    p95: roundTo(median(rounds.map((r) => r.p95)), 2),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    rounds,
  };
}
