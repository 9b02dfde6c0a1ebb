import { performance } from 'node:perf_hooks';
import { rssMb, type Subscribers } from './live-subscribers.js';
import { processCpuMs } from './process-cpu.js';
import { median, percentile, round } from './stats.js';

/** One side of a fan-out comparison: its sockets, what makes its server send one event, and what was measured. */
export interface FanoutSide {
  label: string;
  subscribers: Subscribers;
  trigger: () => Promise<void>;
  /** Arrival minus trigger time, ms, every delivery, per round. */
  deliveries: number[][];
  /** Arrival minus the event's first arrival anywhere, ms, every delivery, per round: the fan-out alone. */
  spreads: number[][];
  rssPerConnectionKb: number | null;
  /** The side's server processes. */
  pids: readonly number[];
  /** Their CPU time (user + system) per event, ms, per round: barely moved by other work on the machine. */
  cpuPerEvent: number[];
}

/** CPU time the processes have used so far, ms; null when /proc cannot tell. */
async function cpuOf(pids: readonly number[]): Promise<number | null> {
  const values = await Promise.all(pids.map((pid) => processCpuMs(pid)));
  return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + value!, 0);
}

/** `events` events one at a time on one side; returns their deliveries and records the side's CPU per event. */
async function runEvents(side: FanoutSide, events: number): Promise<number[]> {
  const deliveries: number[] = [];
  const spreads: number[] = [];
  const before = await cpuOf(side.pids);
  for (let i = 0; i < events; i++) await fanoutEvent(side, deliveries, spreads);
  const after = await cpuOf(side.pids);
  if (before !== null && after !== null) side.cpuPerEvent.push((after - before) / events);
  side.spreads.push(spreads);
  return deliveries;
}

/** Both groups' sockets as one: an event has arrived when it has arrived everywhere. */
export function joinSubscribers(groups: readonly Subscribers[]): Subscribers {
  return {
    nextEvent: async (timeoutMs) => (await Promise.all(groups.map((group) => group.nextEvent(timeoutMs)))).flat(),
    get firstMessage() {
      return groups[0]?.firstMessage ?? null;
    },
    received: () => groups.flatMap((group) => group.received()),
    close: async () => {
      await Promise.all(groups.map((group) => group.close()));
    },
  };
}

/**
 * Opens a side: `open` connects the sockets; the servers' RSS is read before and after (warm-up events included, which
 * also prove every subscription is registered), divided by the number of sockets.
 */
export async function openFanoutSide(
  label: string,
  pids: readonly number[],
  sockets: number,
  open: () => Promise<Subscribers>,
  trigger: () => Promise<void>,
  warmupEvents = 3,
): Promise<FanoutSide> {
  const rss = async () => {
    const values = await Promise.all(pids.map((pid) => rssMb(pid)));
    return values.some((value) => value === null) ? null : values.reduce<number>((sum, value) => sum + value!, 0);
  };
  const before = await rss();
  const subscribers = await open();
  const side: FanoutSide = { label, subscribers, trigger, deliveries: [], spreads: [], rssPerConnectionKb: null, pids, cpuPerEvent: [] };
  for (let i = 0; i < warmupEvents; i++) await fanoutEvent(side, [], []);
  const after = await rss();
  side.rssPerConnectionKb = before !== null && after !== null ? round(((after - before) * 1024) / sockets, 1) : null;
  return side;
}

/** One event: trigger it, then wait for it at every socket; pushes each socket's delivery time from the trigger and from the first arrival. */
export async function fanoutEvent(side: FanoutSide, deliveries: number[], spreads: number[]): Promise<void> {
  const arrivals = side.subscribers.nextEvent(20_000);
  const sent = performance.now();
  await side.trigger();
  const times = await arrivals;
  const first = Math.min(...times);
  for (const at of times) {
    deliveries.push(at - sent);
    spreads.push(at - first);
  }
}

/** Per-side figures of an A/B fan-out comparison, and the medians over rounds of the per-round p95 ratios A/B. */
export interface FanoutOutcome {
  /** From the trigger. */
  ratio: number;
  /** From the event's first arrival. */
  fanOutRatio: number;
  p95: [number, number];
  fanOutP95: [number, number];
  p50: [number, number];
  p99: [number, number];
  cpuPerEvent: [number, number];
}

/** Rounds alternate A B A B, `events` one at a time each. */
export async function alternateRounds(
  sides: readonly [FanoutSide, FanoutSide],
  rounds: number,
  events: number,
  log: (line: string) => void,
): Promise<FanoutOutcome> {
  for (let r = 0; r < rounds; r++) {
    for (const side of sides) side.deliveries.push(await runEvents(side, events));
    log(
      `    round ${r + 1}: ${sides.map((s) => `${s.label} p95 ${round(percentile(s.deliveries.at(-1)!, 95))} ms (fan-out ${round(percentile(s.spreads.at(-1)!, 95))} ms)`).join(', ')}`,
    );
  }
  const p95s = (side: FanoutSide, of: 'deliveries' | 'spreads') => side[of].map((d) => percentile(d, 95));
  const [a, b] = sides;
  const ratioOf = (of: 'deliveries' | 'spreads') => round(median(p95s(a, of).map((p, i) => p / p95s(b, of)[i]!)));
  const medianP95 = (of: 'deliveries' | 'spreads'): [number, number] => [round(median(p95s(a, of))), round(median(p95s(b, of)))];
  const of = (q: number): [number, number] => [round(percentile(a.deliveries.flat(), q)), round(percentile(b.deliveries.flat(), q))];
  return {
    ratio: ratioOf('deliveries'),
    fanOutRatio: ratioOf('spreads'),
    p95: medianP95('deliveries'),
    fanOutP95: medianP95('spreads'),
    p50: of(50),
    p99: of(99),
    cpuPerEvent: [cpuPerEvent(a), cpuPerEvent(b)],
  };
}

/** One side alone, `rounds` × `events`: for setups that cannot run side by side (they would share a job runner). */
export async function soloRounds(
  side: FanoutSide,
  rounds: number,
  events: number,
  log: (line: string) => void,
): Promise<{ p50: number; p95: number; p99: number; cpuPerEvent: number }> {
  for (let r = 0; r < rounds; r++) {
    const deliveries = await runEvents(side, events);
    side.deliveries.push(deliveries);
    log(`    round ${r + 1}: ${side.label} p95 ${round(percentile(deliveries, 95))} ms`);
  }
  const all = side.deliveries.flat();
  return {
    p50: round(percentile(all, 50)),
    p95: round(median(side.deliveries.map((d) => percentile(d, 95)))),
    p99: round(percentile(all, 99)),
    cpuPerEvent: cpuPerEvent(side),
  };
}

/** The median over rounds of a side's server CPU per event, ms (NaN when /proc could not tell). */
export function cpuPerEvent(side: { cpuPerEvent: number[] }): number {
  return side.cpuPerEvent.length > 0 ? round(median(side.cpuPerEvent), 1) : Number.NaN;
}
