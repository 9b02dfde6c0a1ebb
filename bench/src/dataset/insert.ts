import type { TableRows } from './tables.js';

/** What both pg and PGlite offer: a parameterised query. */
export interface SqlClient {
  query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
}

/** PostgreSQL accepts at most 65,535 bind parameters per statement. */
const MAX_PARAMS = 30_000;

/** Multi-row parameterised INSERTs in batches, inside one transaction; then VACUUM ANALYZE: planner statistics and a visibility map, as autovacuum would leave them. */
export async function insertTables(client: SqlClient, tables: TableRows[]): Promise<void> {
  await client.query('begin');
  try {
    for (const { table, columns, rows } of tables) {
      const batch = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
      for (let start = 0; start < rows.length; start += batch) {
        const chunk = rows.slice(start, start + batch);
        const values = chunk.map((_, r) => `(${columns.map((_c, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
        await client.query(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${values.join(', ')}`, chunk.flat());
      }
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query('vacuum analyze');
}
