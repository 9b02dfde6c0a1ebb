import { createHash } from 'node:crypto';
import pg from 'pg';

/** Statement text → its name, for the statements declared with `prepared()`. */
const names = new Map<string, string>();

/**
 * At most this many texts are named: each pooled connection keeps every statement it prepared (and PostgreSQL
 * its plan) for the connection's life, so a list whose text varies with its filter must not name without end.
 * Past it, new texts run unnamed, as before.
 */
const NAMED_MAX = 300;

/**
 * Declares a hot read whose text never changes (its values travel as `$n` parameters) as a prepared statement:
 * on PostgreSQL each pooled connection parses it once, and after a few runs PostgreSQL keeps one generic plan.
 * Planning was most of the database's work for the reads every request makes: 0.2 ms to plan the session lookup
 * against 0.04 ms to run it, 0.5 ms against 0.15 ms for an expert by id (bench S1, 20k experts). PGlite and any
 * statement not declared here run as before.
 */
export function prepared(text: string): string {
  if (text.includes('?')) throw new Error('prepared(): write the parameters as $1…$n');
  return named(text);
}

/**
 * The same for a statement composed per request, its placeholders already numbered (`readRows` of a
 * `preparedSql`): a list whose conditions repeat gets one name per distinct text.
 */
export function named(text: string): string {
  if (!names.has(text) && names.size < NAMED_MAX) names.set(text, `strom_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
  return text;
}

/** The name a statement's text was declared under, if it was. */
export const statementName = (text: unknown): string | undefined => (typeof text === 'string' ? names.get(text) : undefined);

/**
 * The pool's client: a query whose text was declared with `prepared()` goes out as a named statement, which
 * node-postgres parses once per connection and then only binds and executes. Every other query is untouched.
 */
export class PreparingClient extends pg.Client {
  // node-postgres overloads query(); only the (text, values) form, as Kysely and MikroORM call it, is named.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    const name = Array.isArray(values) ? statementName(text) : undefined;
    // oxlint-disable-next-line typescript/unbound-method -- called on this very client, one line below
    const query = super.query as (this: pg.Client, ...callArgs: unknown[]) => never;
    return name ? query.call(this, { name, text, values }) : query.apply(this, args);
  }
}
