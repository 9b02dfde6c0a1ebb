// National organisations: the core of every national referral mechanism exists in each STROM country; prosecution
// offices, trade unions, separate social ministries and state assistance programmes vary between countries.
import { nationalName, type NationalKind } from './countries-national.js';
import { countryProfile } from './countries.js';
import { NATIONAL_KINDS } from './org-kinds-national.js';
import { buildOrganisation, type GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';
import type { ReferenceCountry } from './reference.js';

const CORE: readonly NationalKind[] = [
  'ministry-interior',
  'coordinator',
  'labour-inspectorate',
  'national-police',
  'border-guard',
  'migration',
  'hotline',
  'national-ngo',
];

const OPTIONAL: Readonly<Partial<Record<NationalKind, number>>> = {
  'ministry-social': 0.75,
  prosecution: 0.6,
  'trade-union': 0.4,
  'assistance-programme': 0.5,
};

function build(rng: Rng, country: ReferenceCountry, kind: NationalKind): GeneratedOrganisation {
  const profile = countryProfile(country.code);
  return buildOrganisation(rng.fork(kind), {
    key: `org-${country.code.toLowerCase()}-${kind}`,
    name: nationalName(kind, country.code, country.name, profile.adjective),
    kind,
    profile: NATIONAL_KINDS[kind],
    scope: { level: 'NATIONAL', countryCode: country.code, municipalityName: null },
    place: country.name,
    countryLanguage: profile.language,
    secondLanguages: profile.secondLanguages,
    acronymChance: 0.7,
  });
}

export function generateNationalOrganisations(rng: Rng, country: ReferenceCountry): GeneratedOrganisation[] {
  const national = rng.fork(`national:${country.code}`);
  const kinds = [...CORE];
  for (const [kind, chance] of Object.entries(OPTIONAL) as [NationalKind, number][]) {
    if (national.chance(chance)) kinds.push(kind);
  }
  return kinds.map((kind) => build(national, country, kind));
}

/**
 * Iceland is a CBSS member but took no part in STROM: it appears only through its ministry, the body that sends a
 * member to the Task Force.
 */
export function generateObserverOrganisations(rng: Rng, country: ReferenceCountry): GeneratedOrganisation[] {
  return [build(rng.fork(`national:${country.code}`), country, 'ministry-interior')];
}
