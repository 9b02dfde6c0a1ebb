import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStrom } from '../measure/strom-server.js';
import { generateDataset, type Dataset, type DatasetSize } from './dataset.js';
import { insertTables, type SqlClient } from './insert.js';
import { withPglite } from './pglite.js';
import { createTempDatabase, withPostgres, type TempDatabase } from './postgres.js';
import { readReference } from './reference.js';
import { datasetTables } from './tables.js';

export interface Loaded {
  dataset: Dataset;
  seconds: number;
}

/** Schema the way a deployment gets it: the built server starts once, migrates and seeds reference data, and stops. */
async function migrateWithServer(
  target: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string },
  logDir: string,
): Promise<void> {
  const server = await startStrom(target, { logDir, label: `migrate-${target.kind}`, logLevel: 'warn' });
  await server.stop();
}

async function load(client: SqlClient, seed: number, size: DatasetSize, dataset: Dataset | null): Promise<Dataset> {
  const reference = await readReference(client);
  const generated = dataset ?? generateDataset(seed, size, reference.countries, reference.realPlaces);
  const realIds = new Set(reference.realPlaces.map((p) => p.id));
  // Generated rows point at the real municipalities by id: both databases must have seeded the same ones.
  if (generated.places.some((p) => p.real && !realIds.has(p.id))) throw new Error('reference municipalities differ between databases');
  await insertTables(client, datasetTables(generated));
  return generated;
}

export async function preparePostgres(
  adminUrl: string,
  seed: number,
  size: DatasetSize,
  logDir: string,
): Promise<{ database: TempDatabase } & Loaded> {
  const started = performance.now();
  const database = await createTempDatabase(adminUrl);
  try {
    await migrateWithServer({ kind: 'postgres', url: database.url }, logDir);
    const dataset = await withPostgres(database.url, (client) => load(client, seed, size, null));
    return { database, dataset, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

/** The same rows (generated once, from the same reference data) into a fresh PGlite folder. */
export async function preparePglite(dataset: Dataset, seed: number, size: DatasetSize, logDir: string): Promise<{ dir: string } & Loaded> {
  const started = performance.now();
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'strom-bench-pglite-')), 'data');
  await migrateWithServer({ kind: 'pglite', dir }, logDir);
  await withPglite(dir, (client) => load(client, seed, size, dataset));
  return { dir, dataset, seconds: (performance.now() - started) / 1000 };
}
