import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateLiveThread } from '../dataset/forum-thread.js';
import { insertTables } from '../dataset/insert.js';
import { withPostgres } from '../dataset/postgres.js';
import { startService, type ChildService } from '../measure/child-service.js';
import { cpuPerEvent } from '../measure/fanout-side.js';
import { openSubscribers, rssMb, type Subscribers } from '../measure/live-subscribers.js';
import { processCpuMs } from '../measure/process-cpu.js';
import { median, percentile, round } from '../measure/stats.js';
import { startStrom } from '../measure/strom-server.js';
import { HANDLERS_DIR } from '../paths.js';
import { graphqlBody } from './documents.js';
import { withServices } from './services.js';
import type { BenchContext, ScenarioResult } from './types.js';

const SUBSCRIBERS = 300;
const WARMUP_EVENTS = 3;
const P95_RATIO_GOAL = 2;

const POST_ADDED = `subscription PostAdded($threadId: ID!) {
  postAdded(threadId: $threadId) { cursor node { id position html createdAt edited author { name organisationName expertId } reactions { kind count mine } } }
}`;
const ADD_POST = `mutation AddPost($input: AddPostInput!) { addPost(input: $input) { id position } }`;
const REPLY = 'The youth workers in Tartu will run the same session in two more vocational schools this term.';

interface Side {
  label: string;
  subscribers: Subscribers;
  /** Sends what makes the server emit one event; resolves when it answered. */
  trigger: () => Promise<void>;
  /** Arrival minus trigger time, ms, every delivery, per round. */
  deliveries: number[][];
  /** Arrival minus the event's first arrival, ms: the fan-out alone, per round. */
  spreads: number[][];
  /** Trigger round trips, ms. */
  triggers: number[];
  rssPerConnectionKb: number | null;
  pid: number;
  /** The server's CPU time per event, ms, per round. */
  cpuPerEvent: number[];
}

/**
 * S10: `postAdded` fan-out to 300 graphql-ws subscribers of one thread (anonymous readers of a PUBLIC forum),
 * each event a real `addPost` mutation, vs a raw `ws` server sending the same pre-serialised message to 300
 * sockets on an HTTP trigger. Delivery = arrival at each socket minus the moment the trigger was sent, so the
 * GraphQL side includes the post's write and commit. Rounds alternate A B A B; events are sent one at a time.
 */
export async function runS10(ctx: BenchContext): Promise<ScenarioResult> {
  const live = generateLiveThread(ctx.config.seed, ctx.dataset);
  await withPostgres(ctx.postgresUrl, (client) => insertTables(client, live.tables));
  const eventsPerRound = ctx.config.eventsPerRound;
  const flags = ctx.config.profile ? ['--cpu-prof', `--cpu-prof-dir=${ctx.resultsDir}`] : [];
  return withServices(
    [startStrom({ kind: 'postgres', url: ctx.postgresUrl }, { logDir: ctx.logDir, label: 's10-server', nodeFlags: flags })],
    async ([server]) => {
      if (!server) throw new Error('no server');
      const addPost = async () => {
        const body = graphqlBody(ADD_POST, { input: { clientId: randomUUID(), threadId: live.threadId, source: REPLY } });
        const response = await fetch(new URL('/graphql', server.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: ctx.cookie },
          body,
        });
        const json = (await response.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`addPost: ${JSON.stringify(json.errors).slice(0, 300)}`);
      };
      await addPost();
      const graphql = await openSide(ctx, 'graphql', server, addPost, live.threadId);
      try {
        const message = graphql.subscribers.firstMessage;
        if (!message) throw new Error('no postAdded message captured');
        const file = path.join(ctx.logDir, 's10-message.json');
        writeFileSync(file, message);
        return await withServices(
          [
            startService({
              label: 's10-raw',
              args: [path.join(HANDLERS_DIR, 'raw-broadcast.js')],
              env: { NODE_ENV: 'production', RAW_MESSAGE_FILE: file },
              logFile: path.join(ctx.logDir, 's10-raw.log'),
              ready: /listening on http:\/\/127\.0\.0\.1:(\d+)/,
            }),
          ],
          async ([raw]) => {
            if (!raw) throw new Error('no raw server');
            const broadcast = async () => {
              const response = await fetch(new URL('/broadcast', raw.url), { method: 'POST' });
              await response.arrayBuffer();
            };
            const reference = await openSide(ctx, 'raw ws', raw, broadcast, live.threadId);
            try {
              return await measure(ctx, graphql, reference, eventsPerRound, Buffer.byteLength(message));
            } finally {
              await reference.subscribers.close();
            }
          },
        );
      } finally {
        await graphql.subscribers.close();
      }
    },
  );
}

async function openSide(
  ctx: BenchContext,
  label: string,
  service: ChildService,
  trigger: () => Promise<void>,
  threadId: string,
): Promise<Side> {
  const before = await rssMb(service.pid);
  const subscribers = await openSubscribers(service.url, SUBSCRIBERS, { query: POST_ADDED, variables: { threadId } });
  const side: Side = {
    label,
    subscribers,
    trigger,
    deliveries: [],
    spreads: [],
    triggers: [],
    rssPerConnectionKb: null,
    pid: service.pid,
    cpuPerEvent: [],
  };
  // Warm-up events also prove that every subscription is registered.
  for (let i = 0; i < WARMUP_EVENTS; i++) await event(side, [], []);
  const after = await rssMb(service.pid);
  side.rssPerConnectionKb = before !== null && after !== null ? round(((after - before) * 1024) / SUBSCRIBERS, 1) : null;
  ctx.log(`  S10 ${label}: ${SUBSCRIBERS} subscribers, ${side.rssPerConnectionKb ?? '?'} KB RSS per connection`);
  return side;
}

async function event(side: Side, deliveries: number[], spreads: number[]): Promise<void> {
  const arrivals = side.subscribers.nextEvent();
  const sent = performance.now();
  await side.trigger();
  side.triggers.push(performance.now() - sent);
  const times = await arrivals;
  const first = Math.min(...times);
  for (const at of times) {
    deliveries.push(at - sent);
    spreads.push(at - first);
  }
}

async function measure(ctx: BenchContext, a: Side, b: Side, eventsPerRound: number, messageBytes: number): Promise<ScenarioResult> {
  for (const side of [a, b]) side.triggers.length = 0;
  for (let r = 0; r < ctx.config.rounds; r++) {
    for (const side of [a, b]) {
      const deliveries: number[] = [];
      const spreads: number[] = [];
      const cpuBefore = await processCpuMs(side.pid);
      for (let i = 0; i < eventsPerRound; i++) await event(side, deliveries, spreads);
      const cpuAfter = await processCpuMs(side.pid);
      if (cpuBefore !== null && cpuAfter !== null) side.cpuPerEvent.push((cpuAfter - cpuBefore) / eventsPerRound);
      side.deliveries.push(deliveries);
      side.spreads.push(spreads);
    }
    const last = (s: Side) =>
      `${s.label} ${round(percentile(s.deliveries.at(-1)!, 95))} ms (fan-out ${round(percentile(s.spreads.at(-1)!, 95))} ms)`;
    ctx.log(`  S10 round ${r + 1}: p95 ${last(a)}, ${last(b)}`);
  }
  const p95s = (side: Side, of: 'deliveries' | 'spreads' = 'deliveries') => side[of].map((d) => percentile(d, 95));
  const ratioOf = (of: 'deliveries' | 'spreads') => round(median(p95s(a, of).map((p, i) => p / p95s(b, of)[i]!)));
  const ratio = ratioOf('deliveries');
  const fanOutRatio = ratioOf('spreads');
  const summary = (side: Side) => {
    const all = side.deliveries.flat();
    return [
      side.label,
      `${round(percentile(all, 50))} ms`,
      `${round(median(p95s(side)))} ms`,
      `${round(percentile(all, 99))} ms`,
      `${round(median(p95s(side, 'spreads')))} ms`,
      `${round(median(side.triggers))} ms`,
      `${cpuPerEvent(side)} ms`,
      side.rssPerConnectionKb === null ? '?' : `${side.rssPerConnectionKb} KB`,
    ];
  };
  return {
    id: 'S10',
    title: `postAdded fan-out to ${SUBSCRIBERS} graphql-ws subscribers vs a raw ws broadcast of the same JSON`,
    rows: [],
    goals: [
      {
        text: `p95 delivery ≤ ${P95_RATIO_GOAL}× raw ws (fan-out, from the event's first arrival)`,
        met: fanOutRatio <= P95_RATIO_GOAL,
        measured: `${fanOutRatio}× (from the trigger: ${ratio}×)`,
      },
    ],
    tables: [
      {
        title: `S10 delivery (${ctx.config.rounds} rounds × ${eventsPerRound} events × ${SUBSCRIBERS} sockets per side, ${messageBytes} B message)`,
        header: [
          'side',
          'p50',
          'p95 (median of rounds)',
          'p99',
          'fan-out p95',
          'trigger round trip',
          'server CPU per event',
          'server RSS per connection',
        ],
        rows: [summary(a), summary(b)],
      },
    ],
    notes: [
      'p50, p95 and p99 are timed from the trigger: the GraphQL side includes the addPost mutation (rendering, guardrail, write, durable commit; the committing process then publishes the event itself), which the raw reference has no counterpart for. The goal compares the broadcasts: fan-out is timed from the first socket that received the event.',
      'The payload is resolved once per event whatever the number of subscribers: asserted by server/src/features/forum/forum.live.test.ts (“resolves each post once for many subscribers”).',
      ...(ctx.config.profile ? [`CPU profile of the server written to ${ctx.resultsDir} (*.cpuprofile).`] : []),
    ],
    details: {
      ratio,
      fanOutRatio,
      perRoundP95: { [a.label]: p95s(a), [b.label]: p95s(b) },
      cpuPerEvent: { [a.label]: cpuPerEvent(a), [b.label]: cpuPerEvent(b) },
    },
  };
}
