import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import pino from 'pino';
import { inject } from 'vitest';
import { startApp, type App } from '../core/app.js';
import { loadConfig, type Config } from '../core/config.js';
import type { DatabaseTarget } from '../db/orm.js';
import { seedDemo } from '../db/seed/demo-seed.js';

export const OPERATOR_TOKEN = 'test-operator-token-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp extends App {
  config: Config;
  /** POST /graphql like a browser would; `operator` adds the operator's bearer token. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { operator?: boolean },
  ): Promise<GraphQLResponse<T>>;
  /** SQL statements executed while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<string[]>;
}

export type TestData = 'reference' | 'demo';

/**
 * A real server on a free port over a fresh database: PGlite restored from a migrated snapshot, or a new
 * uniquely named PostgreSQL database (dropped on close) when the suite runs on PostgreSQL.
 */
export async function startTestApp(options: { data?: TestData; env?: Record<string, string> } = {}): Promise<TestApp> {
  const data = options.data ?? 'reference';
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    OPERATOR_TOKEN,
    REDIS_CHANNEL_PREFIX: `strom-test-${randomBytes(4).toString('hex')}`,
    ...options.env,
  });
  const database = await freshDatabase(data);
  let recording: string[] | null = null;
  const app = await startApp(config, {
    // TEST_LOG_LEVEL=error shows what a masked "Internal error" was.
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    database: database.target,
    prepare: database.needsSeed ? (orm) => seedDemo(orm.em.fork()).then(() => undefined) : undefined,
    onQuery: (sql) => recording?.push(sql),
  });
  return {
    ...app,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
    gql: async (query, variables, gqlOptions) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(gqlOptions?.operator ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
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

interface FreshDatabase {
  target: DatabaseTarget;
  needsSeed: boolean;
  drop: () => Promise<void>;
}

async function freshDatabase(data: TestData): Promise<FreshDatabase> {
  if (process.env.TEST_DB !== 'postgres') {
    const file = inject('pgliteSnapshots')[data];
    const snapshot = new Blob([await readFile(file)]);
    return { target: { databaseUrl: null, pgliteDir: 'memory://', pgliteSnapshot: snapshot }, needsSeed: false, drop: async () => {} };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `strom_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { databaseUrl: url.toString(), pgliteDir: 'memory://' },
    needsSeed: data === 'demo',
    drop: () => withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
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
