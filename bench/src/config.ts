import { FULL_SIZE, type DatasetSize } from './dataset/dataset.js';

export const SCENARIOS = ['S1', 'S1B', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9', 'S10', 'S11', 'S12'] as const;
export type ScenarioId = (typeof SCENARIOS)[number];

export interface BenchConfig {
  /** Admin connection used to create (and drop) the bench's own database. */
  adminUrl: string;
  scenarios: ScenarioId[];
  quick: boolean;
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  seed: number;
  size: DatasetSize;
  /** Write a V8 CPU profile of the GraphQL server in S2 (open it in Chrome DevTools). */
  profile: boolean;
  /** Lighthouse runs per page in S8 (the median is reported). */
  lighthouseRuns: number;
  /** Live events per round and side in S5, S6 and S10: more makes a profile of the fan-out, not of the set-up. */
  eventsPerRound: number;
}

type Env = Record<string, string | undefined>;

export const USAGE = `pnpm bench [-- [S1] [S1b] [S2] [S3] [S4] [S5] [S6] [S7] [S8] [S9] [S10] [S11] [S12] [--quick] [--profile]]
  no scenario given: all of them (S8, the client, needs no database: \`pnpm bench -- S8\` loads none)
  --quick    1 s rounds instead of 4 s (still 5 rounds, after a 1 s warm-up)
  --profile  write a CPU profile of the GraphQL server during S2 to bench/results/
env: BENCH_DATABASE_URL (admin URL, default postgres://postgres@127.0.0.1:5432/postgres), BENCH_ROUNDS (5),
     BENCH_SECONDS (per round and side), BENCH_CONNECTIONS (10), BENCH_SEED (20261124),
     BENCH_LIGHTHOUSE_RUNS (per page, S8: 3, 1 with --quick), BENCH_EVENTS (per round, S5 S6 S10: 30, 10 with --quick),
     CHROME_PATH (/usr/bin/chromium)`;

export function parseConfig(argv: string[], env: Env): BenchConfig {
  const args = argv.filter((a) => a !== '--').map((a) => (a.startsWith('--') ? a.toLowerCase() : a.toUpperCase()));
  const unknown = args.filter((a) => !['--quick', '--profile', ...SCENARIOS].includes(a));
  if (unknown.length > 0) throw new Error(`unknown argument(s): ${unknown.join(' ')}\n${USAGE}`);
  const quick = args.includes('--quick');
  const chosen = SCENARIOS.filter((id) => args.includes(id));
  return {
    adminUrl: env.BENCH_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres',
    scenarios: chosen.length > 0 ? chosen : [...SCENARIOS],
    quick,
    rounds: Math.max(5, integer(env, 'BENCH_ROUNDS', 5)),
    seconds: integer(env, 'BENCH_SECONDS', quick ? 1 : 4),
    warmupSeconds: quick ? 1 : 3,
    connections: integer(env, 'BENCH_CONNECTIONS', 10),
    seed: integer(env, 'BENCH_SEED', 20261124),
    size: FULL_SIZE,
    profile: args.includes('--profile'),
    lighthouseRuns: integer(env, 'BENCH_LIGHTHOUSE_RUNS', quick ? 1 : 3),
    eventsPerRound: integer(env, 'BENCH_EVENTS', quick ? 10 : 30),
  };
}

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return Number(raw);
}
