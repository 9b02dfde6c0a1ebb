import type { PGlite } from '@electric-sql/pglite';
import { statementName } from './prepared-statements.js';

type Literal = string | number | boolean | null;

/**
 * PGlite's counterpart of the pool's PreparingClient: a statement declared with `prepared()` (or run through a
 * `preparedSql`) is prepared once on the instance (`prepare … as …`, its one session keeps it) and then run with
 * `execute`, so PostgreSQL inside PGlite stops planning it on every request, as it does on a server. PGlite's
 * query API has no named statements, and `execute` takes no bound parameters, so the values go in as quoted
 * literals: only strings, numbers, booleans and nulls, which PostgreSQL coerces to the types `prepare` inferred.
 * Any other value (a Date, an array), a statement inside a transaction (PGlite's own object) and every statement
 * not declared run unchanged.
 */
export function prepareStatementsOn(pglite: PGlite): void {
  const query = pglite.query.bind(pglite);
  const preparing = new Map<string, Promise<unknown>>();
  const prepare = (name: string, text: string) => {
    let done = preparing.get(name);
    if (!done) {
      done = query(`prepare ${name} as ${text}`);
      preparing.set(name, done);
      // A statement that fails to prepare is tried again next time, and fails the query that asked for it now.
      done.catch(() => preparing.delete(name));
    }
    return done;
  };
  pglite.query = (async (text: string, params?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
    const name = statementName(text);
    const values = params ?? [];
    if (!name || !values.every(isLiteral)) return query(text, params, options);
    await prepare(name, text);
    return query(`execute ${name}${values.length > 0 ? `(${values.map(literal).join(', ')})` : ''}`, [], options);
  }) as PGlite['query'];
}

const isLiteral = (value: unknown): value is Literal =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** SQL text for a value: strings quoted with doubled quotes (standard_conforming_strings is on). */
function literal(value: Literal): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  return String(value);
}
