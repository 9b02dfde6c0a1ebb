import { Cursor } from '@mikro-orm/core';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@strom/shared';
import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInput } from './errors.js';

// simpleResolvers: plain fields take graphql's default resolver rather than one running the global middlewares
// (they have no arguments for them to check): a page's edges are many.
@ObjectType({ description: 'Relay page information', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT, description: `At most ${PAGE_SIZE_MAX}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(PAGE_SIZE_MAX, { message: `first must be at most ${PAGE_SIZE_MAX}` })
  first: number = PAGE_SIZE_DEFAULT;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @MaxLength(1000, { message: 'after is not a valid cursor' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection class; its `Edge` is also the payload of the list's live stream (a new edge with its cursor). */
export type ConnectionTypeClass<T extends object> = ClassType<ConnectionShape<T>> & { Edge: ClassType<Edge<T>> };

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>): ConnectionTypeClass<T> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType implements Edge<T> {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} nodes`, simpleResolvers: true })
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matching nodes, not only this page' })
    totalCount!: number;
  }
  return Object.assign(ConnectionClass, { Edge: EdgeType });
}

/**
 * A MikroORM cursor page as a Relay connection. Pages fetched with `includeCount: false` pass the total
 * counted separately: the cursor's own count repeats the page's joins.
 */
export function toConnection<T extends object>(page: Cursor<T, never, never, never, true>): ConnectionShape<T>;
export function toConnection<T extends object>(page: Cursor<T, never, never, never, false>, totalCount: number): ConnectionShape<T>;
export function toConnection<T extends object>(page: Cursor<T, never, never, never, boolean>, totalCount?: number): ConnectionShape<T> {
  return {
    edges: page.items.map((node) => ({ cursor: page.from(node as T), node: node as T })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: totalCount ?? page.totalCount ?? 0,
  };
}

/** What one value of a cursor must be, in the order of the page's `orderBy`. */
export type CursorKey = 'text' | 'uuid' | 'datetime' | 'integer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const VALID: Record<CursorKey, (value: unknown) => boolean> = {
  // Postgres cannot hold NUL in text: such a value would fail in SQL as an internal error.
  text: (value) => typeof value === 'string' && !value.includes('\u0000'),
  uuid: (value) => typeof value === 'string' && UUID.test(value),
  datetime: (value) =>
    typeof value === 'string' &&
    ISO_DATETIME.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).toISOString().slice(0, 19) === value.slice(0, 19),
  integer: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
};

/**
 * Refuses cursors we did not issue, before they reach SQL: each value must have the type of its sort key
 * (a date that is not one, or text where an id belongs, would otherwise fail in the database as an internal error).
 */
export function checkCursor(after: string | null | undefined, keys: readonly CursorKey[]): string | undefined {
  if (!after) return undefined;
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  const ok = Array.isArray(values) && values.length === keys.length && keys.every((key, i) => VALID[key](values[i]));
  if (!ok) throw BadUserInput.field('after', 'after is not a valid cursor');
  return after;
}
