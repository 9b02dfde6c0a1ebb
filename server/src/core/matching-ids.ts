import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/sql';
import type { Em } from '../db/orm.js';
import { sql, type Sql } from './sql.js';

/** Compiled subqueries kept per entity and conditions; the oldest goes first past this many. */
const KEPT = 500;
const compiled = new Map<string, Sql>();

/**
 * The ids of `entity` meeting `where`, as a subquery the ORM compiles from the one place a feature writes its
 * conditions (a list and its facets share them). The compiled text is remembered: building a query builder was
 * ~7% of an anonymous organisation page's CPU (bench S1b), for the same few conditions on every request.
 * Conditions holding anything but plain data (a text search's raw SQL fragment is an object key only as a
 * symbol, invisible to a key made of JSON) are compiled every time.
 */
export function matchingIds<T extends object>(em: Em, entity: EntityClass<T>, where: FilterQuery<T>): Sql {
  const key = isPlainData(where) ? `${entity.name} ${JSON.stringify(where)}` : null;
  const known = key === null ? undefined : compiled.get(key);
  const subquery = known ?? compile(em, entity, where);
  if (key !== null && !known) remember(key, subquery);
  // Each caller gets its own parameters: a remembered subquery is never changed through a caller's copy.
  return { sql: subquery.sql, params: [...subquery.params] };
}

/** Whether a feature's `{ $and: [...] }` conditions hold any condition at all (none: every row matches). */
export function hasConditions(where: FilterQuery<object>): boolean {
  return (where as { $and: unknown[] }).$and.length > 0;
}

/**
 * How many rows a `matchingIds` subquery finds, counted from the subquery itself: `count(*) … where id in (…)`
 * joined the table to its own matches (2.7 ms against 1 ms for 2,500 organisations). The ORM compiles a
 * condition on a collection as a subquery, so the ids are distinct; one compiled with a join is counted distinct.
 */
export function matchingCount(ids: Sql): Sql {
  return /\bjoin\b/i.test(ids.sql)
    ? sql`select count(distinct m.id)::int as total from (${ids}) m`
    : sql`select count(*)::int as total from (${ids}) m`;
}

function compile<T extends object>(em: Em, entity: EntityClass<T>, where: FilterQuery<T>): Sql {
  const { sql, params } = em
    .createQueryBuilder(entity, 'x')
    // The generic entity leaves its fields unknown to the builder's types; every entity here has an id.
    .select('x.id' as never)
    .where(where as QBFilterQuery<T>)
    .toQuery();
  return { sql, params: [...params] };
}

function remember(key: string, value: Sql): void {
  if (compiled.size >= KEPT) compiled.delete(compiled.keys().next().value!);
  compiled.set(key, value);
}

/** Strings, numbers, booleans and null, in plain objects and arrays with no symbol keys. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.getOwnPropertySymbols(value).length === 0 && Object.values(value).every(isPlainData);
}
