// The real places the fictional network lives in. Read from the same reference files the seeder loads, so every
// country code and municipality name in the demo data resolves (including diacritics such as "Liepāja").
import countriesFile from '../reference/countries.json' with { type: 'json' };
import municipalitiesFile from '../reference/municipalities.json' with { type: 'json' };

export interface ReferenceCountry {
  code: string;
  name: string;
  cbssMember: boolean;
  stromParticipant: boolean;
}

export interface ReferenceMunicipality {
  name: string;
  country: string;
  lat: number;
  lon: number;
}

export const REFERENCE_COUNTRIES: readonly ReferenceCountry[] = countriesFile.countries;
export const REFERENCE_MUNICIPALITIES: readonly ReferenceMunicipality[] = municipalitiesFile.municipalities;

export const STROM_COUNTRIES: readonly ReferenceCountry[] = REFERENCE_COUNTRIES.filter((c) => c.stromParticipant);

export function municipalitiesOf(countryCode: string): ReferenceMunicipality[] {
  return REFERENCE_MUNICIPALITIES.filter((m) => m.country === countryCode);
}

// Letters that Unicode normalisation does not decompose into ASCII + mark.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', þ: 'th', ð: 'd' };

/** ASCII slug for keys and fictional URLs: "Gotland (Visby)" → "gotland-visby", "Liepāja" → "liepaja". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łøæßđþð]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
