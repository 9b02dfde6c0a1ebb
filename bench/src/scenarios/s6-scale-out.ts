import { performance } from 'node:perf_hooks';
import { joinSubscribers, openFanoutSide, soloRounds } from '../measure/fanout-side.js';
import { openSubscribers } from '../measure/live-subscribers.js';
import { startStrom } from '../measure/strom-server.js';
import { round } from '../measure/stats.js';
import { hostCommand, loadMeetingRoom, MEETING_EVENT } from './meeting-live.js';
import { withPostgres } from '../dataset/postgres.js';
import { withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const SUBSCRIBERS = 300;
const EXTRA_MS_GOAL = 5;
const RATE_PER_SECOND = 100;
/** After the last command answered: deliveries that made no progress for this long are counted lost. */
const STALL_MS = 15_000;
const MAX_WAIT_MS = 300_000;

/**
 * S6: a meeting's stream from two server processes sharing Redis (the host's command on A; half the participants
 * on A, half on B) vs one process with in-memory pub/sub, one setup after the other; then a steady stream of
 * host commands at 100 per second (60 s; 10 s with --quick) through A, counting what every socket received.
 */
export async function runS6(ctx: BenchContext): Promise<ScenarioResult> {
  const room = await loadMeetingRoom(ctx);
  const events = ctx.config.eventsPerRound;
  const seconds = ctx.config.quick ? 10 : 60;
  const redis = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_CHANNEL_PREFIX: `strom-bench-${process.pid}` };
  const target = { kind: 'postgres', url: ctx.postgresUrl } as const;
  const operation = { query: MEETING_EVENT, variables: { meetingId: room.meetingId } };
  const secondOperation = { query: MEETING_EVENT, variables: { meetingId: room.secondMeetingId } };
  // One after the other, not alternated: processes on one database share its job runner, so a one-process server
  // running beside A and B would deliver some of their events into its own in-memory pub/sub.
  ctx.log(`  S6 one process, ${SUBSCRIBERS} subscribers`);
  const single = await withServices([startStrom(target, { logDir: ctx.logDir, label: 's6-single' })], async ([server]) => {
    if (!server) throw new Error('no server');
    const side = await openFanoutSide(
      'one process',
      [server.pid],
      SUBSCRIBERS,
      () => openSubscribers(server.url, SUBSCRIBERS, secondOperation, room.cookies.slice(0, SUBSCRIBERS)),
      hostCommand(ctx, server, room.secondMeetingId),
    );
    try {
      return { side, outcome: await soloRounds(side, ctx.config.rounds, events, ctx.log) };
    } finally {
      await side.subscribers.close();
    }
  });
  ctx.log(`  S6 two processes + Redis, ${SUBSCRIBERS} subscribers`);
  const scaled = await withServices(
    [
      startStrom(target, { logDir: ctx.logDir, label: 's6-a', env: redis }),
      startStrom(target, { logDir: ctx.logDir, label: 's6-b', env: redis }),
    ],
    async ([a, b]) => {
      if (!a || !b) throw new Error('no servers');
      const half = SUBSCRIBERS / 2;
      const side = await openFanoutSide(
        'two processes + Redis',
        [a.pid, b.pid],
        SUBSCRIBERS,
        async () =>
          joinSubscribers([
            await openSubscribers(a.url, half, operation, room.cookies.slice(0, half)),
            await openSubscribers(b.url, half, operation, room.cookies.slice(half, SUBSCRIBERS)),
          ]),
        hostCommand(ctx, a, room.meetingId),
      );
      try {
        const outcome = await soloRounds(side, ctx.config.rounds, events, ctx.log);
        ctx.log(`  S6 steady stream: ${RATE_PER_SECOND} events/s for ${seconds} s through A`);
        const stream = await steadyStream(side.subscribers, hostCommand(ctx, a, room.meetingId), seconds, () =>
          lastSequence(ctx.postgresUrl, room.meetingId),
        );
        return { side, outcome, stream };
      } finally {
        await side.subscribers.close();
      }
    },
  );
  const extraMs = round(scaled.outcome.p95 - single.outcome.p95);
  const { stream } = scaled;
  return {
    id: 'S6',
    title: 'one meeting across two server processes and Redis vs one process',
    rows: [],
    goals: [
      { text: `p95 delivery ≤ one process + ${EXTRA_MS_GOAL} ms`, met: extraMs <= EXTRA_MS_GOAL, measured: `+${extraMs} ms` },
      {
        text: `0 events lost at ${RATE_PER_SECOND} events/s for ${seconds} s`,
        met: stream.lost === 0 && stream.failed === 0,
        measured: `${stream.lost} lost of ${stream.sent * SUBSCRIBERS} deliveries (${stream.failed} commands failed${stream.firstError ? `, first: ${stream.firstError}` : ''}; ${stream.achievedPerSecond}/s achieved; the last delivered ${stream.catchUpSeconds} s after the last command answered)`,
      },
    ],
    tables: [
      {
        title: `S6 delivery (${ctx.config.rounds} rounds × ${events} events × ${SUBSCRIBERS} sockets per setup)`,
        header: ['setup', 'p50', 'p95 (median of rounds)', 'p99', 'servers’ CPU per event', 'server RSS per connection'],
        rows: [scaled, single].map(({ side, outcome }) => [
          side.label,
          `${outcome.p50} ms`,
          `${outcome.p95} ms`,
          `${outcome.p99} ms`,
          `${outcome.cpuPerEvent} ms`,
          side.rssPerConnectionKb === null ? '?' : `${side.rssPerConnectionKb} KB`,
        ]),
      },
    ],
    notes: [
      'The setups run one after the other (not A B A B): server processes on one database share its job runner.',
      'Redis pub/sub is at-most-once; a socket that misses a signal catches up from the meeting’s log by `sequence` (meeting.stream.ts), so loss here would be a real bug.',
      'The steady stream sends host commands at a fixed rate without waiting for each answer; `achieved` is the rate they were sent at.',
    ],
    details: { single: single.outcome, scaled: scaled.outcome, stream },
  };
}

/** Where the meeting's event log stands: what every socket must have received is counted from it. */
async function lastSequence(url: string, meetingId: string): Promise<number> {
  return withPostgres(url, async (client) => {
    const { rows } = await client.query('select last_event_sequence::int as n from meeting where id = $1', [meetingId]);
    const [row] = rows as { n: number }[];
    return row?.n ?? 0;
  });
}

/**
 * Fires `trigger` at RATE_PER_SECOND for `seconds`, then waits for every socket to have every event the meeting's
 * log gained meanwhile, for as long as deliveries progress (a loaded machine delivers late, which is not loss). Counted from the log, not from the commands answered without an error: a
 * command can commit and still be answered with one (until the time budget let committed mutations answer, most
 * of a run's did, and their events then hid as surplus behind `max(0, …)`).
 */
async function steadyStream(
  subscribers: ReturnType<typeof joinSubscribers>,
  trigger: () => Promise<void>,
  seconds: number,
  sequence: () => Promise<number>,
) {
  const before = subscribers.received();
  const firstSequence = await sequence();
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let failed = 0;
  const errors: string[] = [];
  const total = RATE_PER_SECOND * seconds;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      trigger().catch((error: unknown) => {
        failed += 1;
        errors.push(error instanceof Error ? error.message.slice(0, 300) : String(error));
      }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const sent = (await sequence()) - firstSequence;
  const missing = () => subscribers.received().reduce((sum, count, i) => sum + Math.max(0, sent - (count - before[i]!)), 0);
  // Lost is what never comes, not what a starved server has not sent yet: wait while deliveries still progress.
  const waitStarted = performance.now();
  let lastProgress = waitStarted;
  for (let left = missing(); left > 0 && performance.now() - lastProgress < STALL_MS && performance.now() - waitStarted < MAX_WAIT_MS;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = missing();
    if (now < left) lastProgress = performance.now();
    left = now;
  }
  return {
    sent,
    failed,
    firstError: errors[0] ?? null,
    lost: missing(),
    achievedPerSecond: round(total / elapsed),
    catchUpSeconds: round((performance.now() - waitStarted) / 1000, 1),
  };
}
