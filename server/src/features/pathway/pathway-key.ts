import { BadUserInput, NotFound } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';

/** A pathway's place: a municipality (LOCAL, in its country) or a country alone (NATIONAL). */
export interface PathwayPlace {
  level: 'LOCAL' | 'NATIONAL';
  countryCode: string;
  municipalityId: string | null;
}

/** Exactly one of the two, and it exists: one statement. */
export async function resolvePathwayPlace(
  em: Em,
  key: { municipalityId?: string | null; countryCode?: string | null },
  field = 'input',
): Promise<PathwayPlace> {
  if (Boolean(key.municipalityId) === Boolean(key.countryCode)) {
    throw BadUserInput.field(field, 'Name either a municipality (local pathway) or a country (national pathway)');
  }
  if (key.municipalityId) {
    const id = parseUuid(key.municipalityId, `${field}.municipalityId`);
    const [row] = await em.execute<{ country_code: string }[]>(`select country_code from municipality where id = ?`, [id]);
    if (!row) throw new NotFound('The municipality');
    return { level: 'LOCAL', countryCode: row.country_code, municipalityId: id };
  }
  const code = parseCountryCode(key.countryCode!, `${field}.countryCode`);
  const [row] = await em.execute<{ code: string }[]>(`select code from country where code = ?`, [code]);
  if (!row) throw new NotFound('The country');
  return { level: 'NATIONAL', countryCode: code, municipalityId: null };
}
