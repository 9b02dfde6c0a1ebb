import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { startApp, type App } from '../app/app.js';
import { loadConfig, type Config } from '../core/config.js';
import { MAX_ATTEMPTS } from '../core/outbox/outbox.js';
import type { SubjectSource } from '../core/subjects.js';
import { ANONYMOUS } from '../core/auth.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { CommandDeps } from '../core/outbox/unit-of-work.js';
import { BACKGROUND_QUERIES, type DatabaseTarget } from '../db/orm.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../db/seed/demo-accounts.js';
import { databaseUrl } from './global-setup.js';
import { Secret, TOTP } from 'otpauth';

/** The demo accounts by their short names (see db/seed/demo-accounts.ts). */
export type DemoAccountName = 'admin' | 'coordinator.lv' | 'coordinator.lt' | 'moderator' | 'member.lv' | 'member.pl' | 'suspended';
export const demoEmail = (name: DemoAccountName) => `${name}@demo.strom.invalid`;

/** Options of one request: `as` sends a signed-in member's session cookie. */
export interface GqlOptions {
  as?: string | null;
  headers?: Record<string, string>;
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  setCookie?: string[];
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp extends App {
  config: Config;
  /** POST /graphql like a browser would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  /** The session cookie of a demo account (signed in once per app, with its second factor where it has one). */
  cookieOf(name: DemoAccountName): Promise<string>;
  /** Waits until every effect committed so far is delivered and every job queued so far has run (with its own effects). */
  drainEffects(timeoutMs?: number): Promise<void>;
  /** SQL statements executed while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<string[]>;
  /** What a command run with no person behind it (a job, a worker) gets, on a fresh fork; `clock` to pin its time. */
  commandDeps(clock?: Clock): CommandDeps;
}

export type TestData = 'reference' | 'demo';

/**
 * A real server on a free port over a fresh database: PGlite restored from a migrated snapshot, or a new
 * uniquely named PostgreSQL database (dropped on close) when the suite runs on PostgreSQL.
 */
export async function startTestApp(
  options: {
    data?: TestData;
    env?: Record<string, string>;
    pauseEffects?: boolean;
    logger?: pino.Logger;
    /** Subject sources besides the features' (a test's own small source of things to be notified about). */
    subjects?: readonly SubjectSource[];
  } = {},
): Promise<TestApp> {
  const data = options.data ?? 'reference';
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    REDIS_CHANNEL_PREFIX: `strom-test-${randomBytes(4).toString('hex')}`,
    ...options.env,
  });
  const database = await freshDatabase(data);
  let recording: string[] | null = null;
  const app = await startApp(config, {
    // TEST_LOG_LEVEL=error shows what a masked "Internal error" was.
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    database: database.target,
    onQuery: (sql) => recording?.push(sql),
    pauseEffects: options.pauseEffects,
    subjects: options.subjects,
  });
  const cookies = new Map<DemoAccountName, Promise<string>>();
  const gql: TestApp['gql'] = async (query, variables, gqlOptions) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(gqlOptions?.as ? { cookie: gqlOptions.as } : {}),
        ...gqlOptions?.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, setCookie: response.headers.getSetCookie(), ...((await response.json()) as object) };
  };
  return {
    ...app,
    config,
    gql,
    cookieOf: (name) => {
      const existing = cookies.get(name);
      if (existing) return existing;
      const cookie = signInAs(gql, name);
      cookies.set(name, cookie);
      return cookie;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
    drainEffects: (timeoutMs) => drainEffects(app, timeoutMs),
    commandDeps: (clock = systemClock) => {
      const { config, outbox, subjects } = app.services;
      return { em: app.orm.em.fork(), actor: ANONYMOUS, clock, config, outbox, subjects };
    },
    countStatements: async (work) => {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = null;
      }
    },
  };
}

/**
 * Work still owed, in one statement (one snapshot): undelivered effects, and queued or running jobs that are due
 * (a delivered `job` effect is only a queued job; its worker's writes and effects come later). A job held back
 * for a retry's backoff counts once it is due again; pg-boss's own scheduling queue is not our work.
 */
const OWED = `select (select count(*) from outbox_effect where delivered_at is null and attempts < ${MAX_ATTEMPTS})::int
                  + (select count(*) from pgboss.job
                      where state < 'completed' and start_after <= now() and name not like '\\_\\_pgboss\\_\\_%')::int as owed`;

/**
 * What is owed, for the failure message: each undelivered effect's kind and attempts, each unfinished job's queue,
 * state, retries and last error (pg-boss keeps a failed attempt's error as the job's output). A job that fails and
 * waits out its backoff (5 s, 10 s, 20 s…) is what outlasts a drain; the message says which and why.
 */
async function describeOwed(app: App): Promise<string> {
  const rows = await app.orm.em.fork().execute<{ what: string; queue: string | null }[]>(
    `select format('effect %s (%s attempts)', kind, attempts) as what, null as queue from outbox_effect
       where delivered_at is null and attempts < ${MAX_ATTEMPTS}
     union all
     select format('job %s %s (retry %s, due %s): %s', name, state, retry_count, start_after, coalesce(left(output::text, 300), 'no error yet')), name from pgboss.job
       where state < 'completed' and name not like '\\_\\_pgboss\\_\\_%'`,
    [],
    'all',
    BACKGROUND_QUERIES,
  );
  const owed = rows.map((row) => row.what).join('; ') || 'nothing by now';
  return `${owed}. Workers: ${describeWorkers(app, new Set(rows.flatMap(({ queue }) => (queue ? [queue] : []))))}`;
}

/** The workers of each owed job's queue: idle since its last fetch, running a job, or failing to fetch. */
function describeWorkers(app: App, queues: ReadonlySet<string>): string {
  const workers = app.jobWorkers().filter((worker) => queues.has(worker.queue));
  if (workers.length === 0) return 'none for these queues';
  return workers
    .map((worker) => {
      const fetched = worker.lastFetchedAt ? `${Date.now() - worker.lastFetchedAt.getTime()} ms ago` : 'never';
      return `${worker.queue} ${worker.state}, running ${worker.running}, last fetch ${fetched}${worker.lastError ? `, last error: ${worker.lastError}` : ''}`;
    })
    .join('; ');
}

/**
 * Polls the outbox and the runner's queues, not a clock: it returns as soon as every effect committed so far has
 * been delivered and every job it queued has run (with the effects those jobs committed), and fails if that
 * never happens.
 */
async function drainEffects(app: App, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await app.orm.em.fork().execute<{ owed: number }[]>(OWED, [], 'all', BACKGROUND_QUERIES);
    if (row?.owed === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`${row?.owed} effects or jobs were still owed after ${timeoutMs} ms: ${await describeOwed(app)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface FreshDatabase {
  target: DatabaseTarget;
  drop: () => Promise<void>;
}

async function freshDatabase(data: TestData): Promise<FreshDatabase> {
  if (process.env.TEST_DB !== 'postgres') {
    const snapshot = new SnapshotBytes(await snapshotBytes(inject('pgliteSnapshots')[data]));
    return { target: { databaseUrl: null, pgliteDir: 'memory://', pgliteSnapshot: snapshot }, drop: async () => {} };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `strom_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name} template ${inject('postgresTemplates')[data]}`));
  return {
    target: { databaseUrl: databaseUrl(adminUrl, name), pgliteDir: 'memory://' },
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** Each snapshot file's bytes, read once per worker: a worker runs its files one after another (isolate: false). */
const snapshotFiles = new Map<string, Promise<Uint8Array>>();
function snapshotBytes(file: string): Promise<Uint8Array> {
  let bytes = snapshotFiles.get(file);
  if (!bytes) snapshotFiles.set(file, (bytes = readFile(file)));
  return bytes;
}

/**
 * A snapshot as PGlite reads one: it asks only for arrayBuffer() (and the type, to tell a gzipped one). A Blob made
 * of the bytes cost a copy, and its arrayBuffer() another, assembled from 64 KiB chunks: about a fifth of a
 * restore's CPU time. This one hands over a copy of the worker's bytes, so no restore can change the next one's.
 */
class SnapshotBytes extends Blob {
  constructor(private readonly content: Uint8Array) {
    super([], { type: 'application/x-tar' });
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.content.slice().buffer);
  }
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { totpRequired viewer { id } } }`;

async function signInAs(gql: TestApp['gql'], name: DemoAccountName): Promise<string> {
  const email = demoEmail(name);
  const first = await gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
  const result = first.data?.signIn?.totpRequired
    ? await gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD, totpCode: currentTotp(DEMO_TOTP_SECRET) } })
    : first;
  const cookie = result.setCookie?.find((c) => c.includes('strom_session='))?.split(';')[0];
  if (!cookie) throw new Error(`could not sign in as ${email}: ${JSON.stringify(result.errors ?? result.data)}`);
  return cookie;
}

export function currentTotp(secret: string, timestamp = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp });
}
