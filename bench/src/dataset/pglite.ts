import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { SqlClient } from './insert.js';

/** The extensions the server loads (server/src/db/orm.ts); a data dir must be opened with the same ones. */
export const PGLITE_EXTENSIONS = { btree_gist, pg_trgm, unaccent };

export function openPglite(dir: string): Promise<PGlite> {
  return PGlite.create({ dataDir: dir, extensions: PGLITE_EXTENSIONS });
}

/** PGlite is single-process: the caller must be the only one with the folder open, and closes it before anyone else opens it. */
export async function withPglite<T>(dir: string, work: (client: SqlClient) => Promise<T>): Promise<T> {
  const db = await openPglite(dir);
  try {
    return await work({ query: async (sql, params) => ({ rows: (await db.query(sql, params)).rows }) });
  } finally {
    await db.close();
  }
}
