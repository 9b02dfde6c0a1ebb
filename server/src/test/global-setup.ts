import { hash } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { ENTITIES } from '../app/entities.js';
import { jobDatabase } from '../core/jobs/job-database.js';
import { startJobRunner } from '../core/jobs/job-runner.js';
import { createOrm, migrate, type DatabaseTarget, type Orm } from '../db/orm.js';
import { DEMO_PASSWORD } from '../db/seed/demo-accounts.js';
import { seedDemo } from '../db/seed/demo-seed.js';
import { upsertReferenceData } from '../db/seed/reference-data.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Data dumps of migrated PGlite databases: one with reference data only, one with the demo network too. */
    pgliteSnapshots: { reference: string; demo: string };
    /** The same two states as PostgreSQL databases, which each test file copies with `create database … template`. */
    postgresTemplates: { reference: string; demo: string };
  }
}

const cleanUps: (() => Promise<void>)[] = [];

/**
 * Migrating and seeding takes seconds; copying a prepared database takes a fraction, so each test file starts from
 * a copy: the pglite project restores PGlite dumps, the postgres project (with TEST_DATABASE_URL) clones template
 * databases. Runs once for the whole run, before both projects.
 */
export async function setup(project: TestProject): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const [snapshots, templates] = await Promise.all([pgliteSnapshots(), adminUrl ? postgresTemplates(adminUrl) : null]);
  project.provide('pgliteSnapshots', snapshots);
  if (templates) project.provide('postgresTemplates', templates);
}

export async function teardown(): Promise<void> {
  await Promise.all(cleanUps.map((cleanUp) => cleanUp()));
}

async function pgliteSnapshots(): Promise<{ reference: string; demo: string }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'strom-test-'));
  cleanUps.push(() => rm(folder, { recursive: true, force: true }));
  const orm = await prepared({ databaseUrl: null, pgliteDir: 'memory://' });
  const reference = await dump(orm, path.join(folder, 'reference.tar'));
  await seedDemo(orm.em.fork());
  await cheapenDemoPassword(orm);
  const demo = await dump(orm, path.join(folder, 'demo.tar'));
  await orm.close();
  return { reference, demo };
}

async function postgresTemplates(adminUrl: string): Promise<{ reference: string; demo: string }> {
  const id = randomBytes(4).toString('hex');
  const templates = { reference: `strom_template_${id}_reference`, demo: `strom_template_${id}_demo` };
  cleanUps.push(() =>
    admin(
      adminUrl,
      Object.values(templates).map((name) => `drop database if exists ${name} with (force)`),
    ),
  );
  await admin(adminUrl, [`create database ${templates.reference}`]);
  await (await prepared({ databaseUrl: databaseUrl(adminUrl, templates.reference), pgliteDir: 'memory://' })).close();
  await admin(adminUrl, [`create database ${templates.demo} template ${templates.reference}`]);
  const demo = await createOrm({ databaseUrl: databaseUrl(adminUrl, templates.demo), pgliteDir: 'memory://' }, { entities: ENTITIES });
  await seedDemo(demo.em.fork());
  await cheapenDemoPassword(demo);
  await demo.close();
  return templates;
}

/** Migrated, with reference data, and pg-boss's schema installed (each app then starts on an installed one). */
async function prepared(target: DatabaseTarget): Promise<Orm> {
  const orm = await createOrm(target, { entities: ENTITIES });
  await migrate(orm);
  await upsertReferenceData(orm.em.fork());
  const runner = await startJobRunner({ database: await jobDatabase(orm), logger: pino({ level: 'silent' }) });
  await runner.stop();
  return orm;
}

/**
 * The demo accounts' password hashed at argon2id's lowest cost. Sign-in verifies with the parameters stored in the
 * hash, and test files sign in demo accounts by the handful: at the production cost (64 MiB, 3 passes) each check
 * was a large part of a file's setup, on both databases. Sign-in runs the same code; new passwords keep their cost.
 */
async function cheapenDemoPassword(orm: Orm): Promise<void> {
  const cheap = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 8, timeCost: 1, parallelism: 1 });
  await orm.em.fork().execute(`update app_user set password_hash = ? where password_hash is not null`, [cheap]);
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(url: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

async function dump(orm: Orm, file: string): Promise<string> {
  const pglite = await (
    orm.em.getConnection() as unknown as { getNativeClient(): Promise<import('@electric-sql/pglite').PGlite> }
  ).getNativeClient();
  const blob = await pglite.dumpDataDir('none');
  await writeFile(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}
