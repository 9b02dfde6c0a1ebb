/** What the SQL reference handler serves; written to a JSON file by the scenario, read by the child process. */
export interface HandlerRoutes {
  /** S2/S7: one statement with $1 = session token hash, $2 = page size, returning one row with a `body` text column. */
  directorySql: string | null;
  /** S9: one statement with $1 = session token hash, $2 = thread id, $3 = page size, returning one row with a `body` text column. */
  threadSql?: string;
  /** S12: one statement with $1 = session token hash, $2 = country code, returning one row with a `body` text column. */
  dashboardSql?: string;
  /** S1b: one statement with $1 = page size, returning one row with a `body` text column (anonymous). */
  organisationsSql?: string;
  /** S4: per replay index, the statements the server ran for that request, in order. */
  replays: ReplayStatement[][];
}

export interface ReplayStatement {
  sql: string;
  /** Text parameters, or `{ base64 }` for parameters the server sent in binary. */
  params: (string | { base64: string } | null)[];
}

export function toParams(params: ReplayStatement['params']): (string | Buffer | null)[] {
  return params.map((p) => (p !== null && typeof p === 'object' ? Buffer.from(p.base64, 'base64') : p));
}
