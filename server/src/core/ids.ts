import { BadUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/** Whether a value is an id at all: an address with anything else names nothing. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Ids are UUIDs; anything else is the caller's mistake, not a missing record. */
export function parseUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw BadUserInput.field(field, `${field} must be a valid id`);
  return value.toLowerCase();
}

export function parseCountryCode(value: string, field: string): string {
  if (!COUNTRY_CODE.test(value)) throw BadUserInput.field(field, `${field} must be a two-letter ISO country code`);
  return value.toUpperCase();
}
