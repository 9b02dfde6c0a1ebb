import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { ENTITIES } from '../app/entities.js';
import { jobDatabase } from '../core/jobs/job-database.js';
import { startJobRunner } from '../core/jobs/job-runner.js';
import { createOrm, migrate } from '../db/orm.js';
import { seedDemo } from '../db/seed/demo-seed.js';
import { upsertReferenceData } from '../db/seed/reference-data.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Data dumps of migrated PGlite databases: one with reference data only, one with the demo network too. */
    pgliteSnapshots: { reference: string; demo: string };
  }
}

let folder: string | undefined;

/** Migrating PGlite takes seconds; restoring a dump takes a fraction, so each test file restores one. */
export async function setup(project: TestProject): Promise<void> {
  folder = await mkdtemp(path.join(tmpdir(), 'strom-test-'));
  const orm = await createOrm({ databaseUrl: null, pgliteDir: 'memory://' }, { entities: ENTITIES });
  await migrate(orm);
  await upsertReferenceData(orm.em.fork());
  // pg-boss installs its schema on first start: done once here, so each app starts on an installed one.
  const runner = await startJobRunner({ database: await jobDatabase(orm), logger: pino({ level: 'silent' }) });
  await runner.stop();
  const reference = await dump(orm, path.join(folder, 'reference.tar'));
  await seedDemo(orm.em.fork());
  const demo = await dump(orm, path.join(folder, 'demo.tar'));
  await orm.close();
  project.provide('pgliteSnapshots', { reference, demo });
}

export async function teardown(): Promise<void> {
  if (folder) await rm(folder, { recursive: true, force: true });
}

async function dump(orm: Awaited<ReturnType<typeof createOrm>>, file: string): Promise<string> {
  const pglite = await (
    orm.em.getConnection() as unknown as { getNativeClient(): Promise<import('@electric-sql/pglite').PGlite> }
  ).getNativeClient();
  const blob = await pglite.dumpDataDir('none');
  await writeFile(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}
