import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startService } from '../measure/child-service.js';
import { alternateRounds, openFanoutSide, type FanoutSide } from '../measure/fanout-side.js';
import { openSubscribers } from '../measure/live-subscribers.js';
import { startStrom } from '../measure/strom-server.js';
import { HANDLERS_DIR } from '../paths.js';
import { hostCommand, loadMeetingRoom, MEETING_EVENT } from './meeting-live.js';
import { withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const SIZES = [300, 1000] as const;
const P95_RATIO_GOAL = 2;

/**
 * S5: one meeting's `meetingEvent` stream to 300 and to 1,000 signed-in participants (one session and socket each),
 * every event a real host command, vs a raw `ws` server sending the same pre-serialised message to as many sockets
 * on an HTTP trigger (S10's reference handler). Rounds alternate A B A B; events go one at a time.
 */
export async function runS5(ctx: BenchContext): Promise<ScenarioResult> {
  const room = await loadMeetingRoom(ctx);
  const events = ctx.config.eventsPerRound;
  const operation = { query: MEETING_EVENT, variables: { meetingId: room.meetingId } };
  return withServices(
    [
      startStrom(
        { kind: 'postgres', url: ctx.postgresUrl },
        {
          logDir: ctx.logDir,
          label: 's5-server',
          nodeFlags: ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [],
        },
      ),
    ],
    async ([server]) => {
      if (!server) throw new Error('no server');
      const trigger = hostCommand(ctx, server, room.meetingId);
      await trigger();
      const rows: string[][] = [];
      const goals = [];
      const details: Record<string, unknown> = {};
      for (const size of SIZES) {
        ctx.log(`  S5 ${size} subscribers`);
        const graphql = await openFanoutSide(
          'graphql-ws',
          [server.pid],
          size,
          () => openSubscribers(server.url, size, operation, room.cookies),
          trigger,
        );
        try {
          const message = graphql.subscribers.firstMessage;
          if (!message) throw new Error('no meetingEvent message captured');
          const file = path.join(ctx.logDir, `s5-message-${size}.json`);
          writeFileSync(file, message);
          const outcome = await withServices(
            [
              startService({
                label: `s5-raw-${size}`,
                args: [path.join(HANDLERS_DIR, 'raw-broadcast.js')],
                env: { NODE_ENV: 'production', RAW_MESSAGE_FILE: file },
                logFile: path.join(ctx.logDir, `s5-raw-${size}.log`),
                ready: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
              }),
            ],
            async ([raw]) => {
              if (!raw) throw new Error('no raw server');
              const broadcast = async () => {
                await (await fetch(new URL('/broadcast', raw.url), { method: 'POST' })).arrayBuffer();
              };
              const reference: FanoutSide = await openFanoutSide(
                'raw ws',
                [raw.pid],
                size,
                () => openSubscribers(raw.url, size, operation),
                broadcast,
              );
              try {
                return { ...(await alternateRounds([graphql, reference], ctx.config.rounds, events, ctx.log)), reference };
              } finally {
                await reference.subscribers.close();
              }
            },
          );
          goals.push({
            text: `${size} subscribers: p95 delivery ≤ ${P95_RATIO_GOAL}× raw ws (fan-out, from the event's first arrival)`,
            met: outcome.fanOutRatio <= P95_RATIO_GOAL,
            measured: `${outcome.fanOutRatio}× (from the trigger: ${outcome.ratio}×)`,
          });
          for (const [i, side] of [graphql, outcome.reference].entries())
            rows.push([
              String(size),
              side.label,
              `${outcome.p50[i]} ms`,
              `${outcome.p95[i]} ms`,
              `${outcome.p99[i]} ms`,
              `${outcome.fanOutP95[i]} ms`,
              `${outcome.cpuPerEvent[i]} ms`,
              side.rssPerConnectionKb === null ? '?' : `${side.rssPerConnectionKb} KB`,
            ]);
          details[String(size)] = {
            ratio: outcome.ratio,
            fanOutRatio: outcome.fanOutRatio,
            messageBytes: Buffer.byteLength(message),
            cpuPerEvent: outcome.cpuPerEvent,
          };
        } finally {
          await graphql.subscribers.close();
        }
      }
      return {
        id: 'S5',
        title: 'meetingEvent fan-out to 300 and 1,000 signed-in participants vs a raw ws broadcast of the same JSON',
        rows: [],
        goals,
        tables: [
          {
            title: `S5 delivery (${ctx.config.rounds} rounds × ${events} events per side and size)`,
            header: [
              'subscribers',
              'side',
              'p50',
              'p95 (median of rounds)',
              'p99',
              'fan-out p95',
              'server CPU per event',
              'server RSS per connection',
            ],
            rows,
          },
        ],
        notes: [
          'p50, p95 and p99 are timed from the trigger: the GraphQL side includes the host’s proposeMeetingSlots command (session, lock, write, durable commit; the committing process then publishes the event itself), which the raw reference has no counterpart for. The goal compares the broadcasts: fan-out is timed from the first socket that received the event.',
          'Server CPU per event (user + system time of the server process over a round, divided by its events; the raw side: its broadcast) barely moves with other work on the machine, unlike the latencies.',
          'The event is read once per event and process, then each subscriber’s current rights are checked without SQL: server/src/features/meeting/meeting.live.ts (meetingEventFeed, stillSees).',
        ],
        details,
      };
    },
  );
}
