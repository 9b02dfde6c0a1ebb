import type { PGlite } from '@electric-sql/pglite';
import { fromPglite, type ConstructorOptions } from 'pg-boss';
import type { Orm } from '../../db/orm.js';

/**
 * Where pg-boss keeps its queues: on PostgreSQL its own small pool (any number of processes share the
 * queues); on PGlite the very instance the ORM uses. PGlite has one connection and serialises every
 * statement, and a statement outside a transaction waits for the ORM's open transaction to end: so nothing
 * may call the runner from inside a transaction (commands hand their effects over after the commit).
 */
export async function jobDatabase(orm: Orm, databaseUrl: string | null): Promise<ConstructorOptions> {
  if (databaseUrl) return { connectionString: databaseUrl, max: 4, application_name: 'strom-jobs' };
  const connection = orm.em.getConnection() as unknown as { getNativeClient(): Promise<PGlite> };
  return { db: fromPglite(await connection.getNativeClient()), backend: 'pglite' };
}
