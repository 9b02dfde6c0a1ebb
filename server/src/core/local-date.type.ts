import { Type } from '@mikro-orm/core';

/**
 * A calendar date as the string 'YYYY-MM-DD' in JavaScript and `date` in SQL. Drivers disagree on how they
 * hand a `date` back (PGlite: a Date at UTC midnight; pg: a string), and a calendar date has no time zone to shift.
 */
export class LocalDateType extends Type<string | null, string | null> {
  override convertToDatabaseValue(value: string | null): string | null {
    return value;
  }

  override convertToJSValue(value: unknown): string | null {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return typeof value === 'string' ? value.slice(0, 10) : null;
  }

  override getColumnType(): string {
    return 'date';
  }

  override compareAsType(): string {
    return 'string';
  }
}
