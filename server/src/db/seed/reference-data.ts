import countriesFile from './reference/countries.json' with { type: 'json' };
import municipalitiesFile from './reference/municipalities.json' with { type: 'json' };
import type { Em } from '../orm.js';
import { Country } from '../../features/country/country.entity.js';
import { Municipality } from '../../features/municipality/municipality.entity.js';
import { insertPublishedCostRates } from './reference-cost-rates.js';
import { insertGuidelineActionPoints } from './reference-guidelines.js';
import { stableId } from './stable-id.js';

export function municipalityId(countryCode: string, name: string): string {
  return stableId(`municipality:${countryCode}:${name}`);
}

/**
 * Countries and real municipalities of the region: required by the product, so they are upserted at every start.
 * The guidelines' action points and the published cost rates are only inserted when missing (admins keep them).
 */
export async function upsertReferenceData(em: Em): Promise<void> {
  await em.upsertMany(
    Country,
    countriesFile.countries.map((c) => ({
      code: c.code,
      name: c.name,
      cbssMember: c.cbssMember,
      stromParticipant: c.stromParticipant,
      timeZone: c.timeZone,
      otherNames: c.otherNames,
    })),
  );
  await em.upsertMany(
    Municipality,
    municipalitiesFile.municipalities.map((m) => ({
      id: municipalityId(m.country, m.name),
      name: m.name,
      country: m.country,
      latitude: m.lat,
      longitude: m.lon,
      otherNames: m.otherNames ?? [],
    })),
  );
  await insertGuidelineActionPoints(em);
  await insertPublishedCostRates(em);
  em.clear();
}
