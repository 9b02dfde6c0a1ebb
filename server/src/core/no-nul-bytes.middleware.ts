import type { MiddlewareFn } from 'type-graphql';
import { BadUserInput } from './errors.js';

/**
 * PostgreSQL cannot store or compare text holding a NUL character: left alone, such an argument fails deep in
 * SQL as a masked internal error. Every argument of every field is checked before its resolver runs, so the
 * caller gets BAD_USER_INPUT naming the argument, whatever the field.
 */
export const rejectNulBytes: MiddlewareFn = ({ args }, next) => {
  const field = nulPath(args, '');
  if (field !== null) throw BadUserInput.field(field, `${field} must not contain NUL characters`);
  return next();
};

/** The dotted path of the first string holding NUL, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulPath(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
