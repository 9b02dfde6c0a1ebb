import { PgliteConnection } from '@mikro-orm/pglite';
import { fromPglite, type ConstructorOptions } from 'pg-boss';
import type { Orm } from '../../db/orm.js';

/**
 * Where pg-boss keeps its queues: on PostgreSQL its own small pool to the ORM's database (any number of
 * processes share the queues); on PGlite the very instance the ORM uses. PGlite has one connection and
 * serialises every statement, and a statement outside a transaction waits for the ORM's open transaction to
 * end: so nothing may call the runner from inside a transaction (commands hand their effects over after it).
 */
export async function jobDatabase(orm: Orm): Promise<ConstructorOptions> {
  const connection = orm.em.getConnection();
  if (connection instanceof PgliteConnection) {
    return { db: fromPglite(await connection.getNativeClient()), backend: 'pglite' };
  }
  const url = orm.config.get('clientUrl');
  if (!url) throw new Error('the job runner needs the PostgreSQL URL the ORM connects with');
  return { connectionString: url, max: 4, application_name: 'strom-jobs' };
}
