import { describe, expect, it } from 'vitest';
import { numberPlaceholders, sql } from './sql.js';

describe('numberPlaceholders', () => {
  it('numbers the placeholders of a composed statement in the order of its parameters', () => {
    const inner = sql`e.country_code = ${'LV'}`;
    const statement = sql`select 1 from expert e where ${inner} and e.full_name > ${'A'} limit ${5}`;
    expect(numberPlaceholders(statement.sql)).toBe('select 1 from expert e where e.country_code = $1 and e.full_name > $2 limit $3');
    expect(statement.params).toEqual(['LV', 'A', 5]);
  });

  it('keeps an escaped question mark as text, as em.execute does', () => {
    expect(numberPlaceholders(String.raw`select '\?' as q, ? as v`)).toBe(`select '?' as q, $1 as v`);
  });

  it('leaves a statement without placeholders as it is', () => {
    expect(numberPlaceholders('select 1')).toBe('select 1');
  });

  it('refuses identifier placeholders rather than binding them as values', () => {
    expect(() => numberPlaceholders('select ?? from expert')).toThrow(/identifier placeholders/);
  });
});
