import { Cursor } from '@mikro-orm/core';
import { BadUserInput } from '../errors.js';

/**
 * A place in a stream ordered by (time, id): the same opaque string as the edge cursors of the stream's
 * list query (MikroORM's encoding of `[time, id]`), so a client resumes a subscription from the last
 * cursor it holds, whichever of the two gave it.
 */
export interface StreamPosition {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function encodeStreamCursor(position: StreamPosition): string {
  return Cursor.encode([position.at.toISOString(), position.id]);
}

/** Refuses anything we did not issue before it reaches SQL: a forged cursor is BAD_USER_INPUT, never a database error. */
export function decodeStreamCursor(cursor: string, field = 'after'): StreamPosition {
  let values: unknown;
  try {
    values = Cursor.decode(cursor);
  } catch {
    values = null;
  }
  if (Array.isArray(values) && values.length === 2) {
    const [at, id] = values as unknown[];
    if (typeof at === 'string' && ISO_TIME.test(at) && typeof id === 'string' && UUID.test(id)) {
      const time = new Date(at);
      if (!Number.isNaN(time.getTime())) return { at: time, id };
    }
  }
  throw BadUserInput.field(field, `${field} is not a valid cursor`);
}
