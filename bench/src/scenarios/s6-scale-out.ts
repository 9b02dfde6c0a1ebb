import { performance } from 'node:perf_hooks';
import { alternateRounds, joinSubscribers, openFanoutSide } from '../measure/fanout-side.js';
import { openSubscribers } from '../measure/live-subscribers.js';
import { startStrom } from '../measure/strom-server.js';
import { round } from '../measure/stats.js';
import { hostCommand, loadMeetingRoom, MEETING_EVENT } from './meeting-live.js';
import { withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const SUBSCRIBERS = 300;
const EXTRA_MS_GOAL = 5;
const RATE_PER_SECOND = 100;

/**
 * S6: the same meeting's stream from two server processes sharing Redis (the host's command on A; half the
 * participants on A, half on B) vs one process with in-memory pub/sub, alternating A B A B; then a steady stream of
 * host commands at 100 per second (60 s; 10 s with --quick) through A, counting what every socket received.
 */
export async function runS6(ctx: BenchContext): Promise<ScenarioResult> {
  const room = await loadMeetingRoom(ctx);
  const events = ctx.config.quick ? 10 : 30;
  const seconds = ctx.config.quick ? 10 : 60;
  const redis = { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_CHANNEL_PREFIX: `strom-bench-${process.pid}` };
  const target = { kind: 'postgres', url: ctx.postgresUrl } as const;
  const operation = { query: MEETING_EVENT, variables: { meetingId: room.meetingId } };
  const secondOperation = { query: MEETING_EVENT, variables: { meetingId: room.secondMeetingId } };
  return withServices(
    [
      startStrom(target, { logDir: ctx.logDir, label: 's6-single' }),
      startStrom(target, { logDir: ctx.logDir, label: 's6-a', env: redis }),
      startStrom(target, { logDir: ctx.logDir, label: 's6-b', env: redis }),
    ],
    async ([single, a, b]) => {
      if (!single || !a || !b) throw new Error('no servers');
      const half = SUBSCRIBERS / 2;
      const twoProcesses = await openFanoutSide(
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
      const oneProcess = await openFanoutSide(
        'one process',
        [single.pid],
        SUBSCRIBERS,
        () => openSubscribers(single.url, SUBSCRIBERS, secondOperation, room.cookies.slice(SUBSCRIBERS, 2 * SUBSCRIBERS)),
        hostCommand(ctx, single, room.secondMeetingId),
      );
      try {
        ctx.log(`  S6 ${SUBSCRIBERS} subscribers, alternating`);
        // Each side has its own meeting (same people), so one side's events never reach the other's sockets.
        const outcome = await alternateRounds([twoProcesses, oneProcess], ctx.config.rounds, events, ctx.log);
        const extraMs = round(outcome.p95[0] - outcome.p95[1]);
        await oneProcess.subscribers.close();
        ctx.log(`  S6 steady stream: ${RATE_PER_SECOND} events/s for ${seconds} s through A`);
        const stream = await steadyStream(twoProcesses.subscribers, hostCommand(ctx, a, room.meetingId), seconds);
        return {
          id: 'S6',
          title: 'one meeting across two server processes and Redis vs one process',
          rows: [],
          goals: [
            { text: `p95 delivery ≤ one process + ${EXTRA_MS_GOAL} ms`, met: extraMs <= EXTRA_MS_GOAL, measured: `+${extraMs} ms` },
            {
              text: `0 events lost at ${RATE_PER_SECOND} events/s for ${seconds} s`,
              met: stream.lost === 0 && stream.failed === 0,
              measured: `${stream.lost} lost of ${stream.sent * SUBSCRIBERS} deliveries (${stream.failed} commands failed; ${stream.achievedPerSecond}/s achieved)`,
            },
          ],
          tables: [
            {
              title: `S6 delivery (${ctx.config.rounds} rounds × ${events} events × ${SUBSCRIBERS} sockets per side)`,
              header: ['side', 'p50', 'p95 (median of rounds)', 'p99', 'server RSS per connection'],
              rows: [twoProcesses, oneProcess].map((side, i) => [
                side.label,
                `${outcome.p50[i]} ms`,
                `${outcome.p95[i]} ms`,
                `${outcome.p99[i]} ms`,
                side.rssPerConnectionKb === null ? '?' : `${side.rssPerConnectionKb} KB`,
              ]),
            },
          ],
          notes: [
            'Redis pub/sub is at-most-once; a socket that misses a signal catches up from the meeting’s log by `sequence` (meeting.stream.ts), so loss here would be a real bug.',
            'The steady stream sends host commands at a fixed rate without waiting for each answer; `achieved` is how many the server accepted per second.',
          ],
          details: { outcome, stream },
        };
      } finally {
        await twoProcesses.subscribers.close();
      }
    },
  );
}

/** Fires `trigger` at RATE_PER_SECOND for `seconds`, then waits (up to 30 s) for every socket to have every event. */
async function steadyStream(subscribers: ReturnType<typeof joinSubscribers>, trigger: () => Promise<void>, seconds: number) {
  const before = subscribers.received();
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  let failed = 0;
  const total = RATE_PER_SECOND * seconds;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE_PER_SECOND;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(trigger().catch(() => void (failed += 1)));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  const sent = total - failed;
  const deadline = performance.now() + 30_000;
  const missing = () => subscribers.received().reduce((sum, count, i) => sum + Math.max(0, sent - (count - before[i]!)), 0);
  while (missing() > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return { sent, failed, lost: missing(), achievedPerSecond: round(total / elapsed) };
}
