import { CompiledQuery } from 'kysely';
import type { Em } from '../db/orm.js';
import { named } from '../db/prepared-statements.js';

/** SQL with its bound parameters, in order. */
export interface Sql {
  sql: string;
  params: unknown[];
  /** Run as a prepared statement (`preparedSql`). */
  prepare?: boolean;
}

const isSql = (value: unknown): value is Sql =>
  typeof value === 'object' && value !== null && 'sql' in value && 'params' in value && Array.isArray(value.params);

/**
 * Builds SQL from a template: interpolated `Sql` fragments are inlined with their parameters, any other value
 * becomes a `?` parameter. Composing fragments this way keeps each parameter next to the text that binds it.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0] ?? '';
  const params: unknown[] = [];
  values.forEach((value, i) => {
    if (isSql(value)) {
      text += value.sql;
      params.push(...value.params);
    } else {
      text += '?';
      params.push(value);
    }
    text += strings[i + 1] ?? '';
  });
  return { sql: text, params };
}

/**
 * A read statement to run as a prepared statement on PostgreSQL (db/prepared-statements.ts): for a list whose
 * text repeats across requests, so PostgreSQL plans it once per connection instead of on every request. Its
 * values must all be parameters that do not change the plan's shape; a page size belongs in the text
 * (`sqlInteger`), or PostgreSQL keeps planning the statement for each value.
 */
export const preparedSql = (statement: Sql): Sql => ({ ...statement, prepare: true });

/**
 * A whole number written into the text (a page size), checked to be one: PostgreSQL plans `limit 21` once,
 * `limit $5` again for every value (its generic plan cannot know the row count).
 */
export function sqlInteger(value: number): Sql {
  if (!Number.isSafeInteger(value)) throw new Error(`sqlInteger: ${value} is not a whole number`);
  return sqlText(String(value));
}

/** Trusted SQL text (a column name, a keyword) with no parameters. */
export const sqlText = (text: string): Sql => ({ sql: text, params: [] });

/**
 * Runs a read statement and returns its rows as the driver parsed them. The statement's `?` placeholders become
 * `$1…$n` and its values travel as bound parameters through the Kysely connection MikroORM holds for `em` (the
 * transaction's inside one), the same on PostgreSQL and PGlite. `em.execute` instead quotes every value into the
 * SQL text in JavaScript (`platform.formatQuery`): a long value becomes a longer string to build and send. For
 * the directory page that quoting was ~0.05% of the server's CPU (issue 15), so this is for correctness of
 * bound values, not speed. The statement is still handed to the ORM's logger, so tests count it like any other.
 */
export async function readRows<T>(em: Em, statement: Sql | string, params: readonly unknown[] = []): Promise<T[]> {
  const { sql: text, params: values, prepare } = typeof statement === 'string' ? { sql: statement, params } : statement;
  const numbered = prepare ? named(numberPlaceholders(text)) : numberPlaceholders(text);
  const result = await em.getKysely().executeQuery<T>(CompiledQuery.raw(numbered, values.map(boundValue)));
  // With the fork's own context, as em.execute logs: a background fork's reads stay out of a test's statement count.
  em.config.getLogger().logQuery({ ...em.getLoggerContext(), query: numbered, params: [...values], level: 'info' });
  return result.rows;
}

/**
 * `?` → `$n`, by the rules `em.execute` formats with (`\?` stays a literal question mark), so a statement
 * written for one runs unchanged through the other. Identifier placeholders (`??`) are not supported.
 */
export function numberPlaceholders(text: string): string {
  let out = '';
  let from = 0;
  let n = 0;
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', from)) {
    if (text[at - 1] === '\\') {
      out += text.slice(from, at - 1) + '?';
    } else if (text[at + 1] === '?') {
      throw new Error('readRows: identifier placeholders (??) are not supported');
    } else {
      out += `${text.slice(from, at)}$${++n}`;
    }
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A JavaScript Date as an ISO instant: node-postgres would send it in the process's local time zone, and
 * PGlite and PostgreSQL must read the same value.
 */
const boundValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);
