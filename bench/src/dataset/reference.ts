import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REFERENCE_DIR } from '../paths.js';
import type { SqlClient } from './insert.js';
import type { CountryInfo } from './organisations.js';
import type { Place } from './places.js';

interface CountriesFile {
  countries: { code: string; name: string; languages: string[] }[];
}

/** Countries (with their languages, from the reference file) and the real municipalities, as the server seeded them. */
export async function readReference(client: SqlClient): Promise<{ countries: CountryInfo[]; realPlaces: Place[] }> {
  const file = JSON.parse(readFileSync(path.join(REFERENCE_DIR, 'countries.json'), 'utf8')) as CountriesFile;
  const languages = new Map(file.countries.map((c) => [c.code, c.languages]));
  const countries = (await client.query('select code, name from country order by code')).rows as { code: string; name: string }[];
  const places = (await client.query('select id, name, country_code, latitude, longitude from municipality order by country_code, name'))
    .rows as {
    id: string;
    name: string;
    country_code: string;
    latitude: number;
    longitude: number;
  }[];
  return {
    countries: countries.map((c) => ({ code: c.code.trim(), name: c.name, languages: languages.get(c.code.trim()) ?? ['en'] })),
    realPlaces: places.map((p) => ({
      id: p.id,
      name: p.name,
      countryCode: p.country_code.trim(),
      latitude: p.latitude,
      longitude: p.longitude,
      population: null,
      real: true,
    })),
  };
}
