// Municipal organisations. Every municipality has social services (someone must be reachable locally); the other
// actors appear by chance, so the map shows both well-equipped cities and thin spots, as in reality.
import { countryProfile } from './countries.js';
import type { LocalKind } from './org-kind.js';
import { LOCAL_KINDS } from './org-kinds-local.js';
import { buildOrganisation, type GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';
import { STROM_COUNTRIES, municipalitiesOf, slugify } from './reference.js';

const SEARCHED_IN_DEMOS: readonly string[] = ['Liepāja', 'Jelgava', 'Gdańsk', 'Klaipėda', 'Tampere'];

/**
 * Municipalities that always get a full set of local actors and a contact point: the ones tests and guided demos
 * search for, plus each country's first reference municipality (its capital or largest city).
 */
export const FEATURED_MUNICIPALITIES: ReadonlySet<string> = new Set([
  ...SEARCHED_IN_DEMOS,
  ...STROM_COUNTRIES.flatMap((country) =>
    municipalitiesOf(country.code)
      .slice(0, 1)
      .map((m) => m.name),
  ),
]);

const SHELTER_NAMES: readonly ((city: string) => string)[] = [
  (c) => `${c} Crisis Centre`,
  (c) => `${c} Women's Crisis Shelter`,
  (c) => `${c} Support House`,
  (c) => `${c} Safe Housing Service`,
];

// How likely a non-featured municipality has each optional actor.
const CHANCE: Readonly<Record<Exclude<LocalKind, 'social-services'>, number>> = {
  'child-protection': 0.75,
  'local-police': 0.7,
  'local-ngo': 0.35,
  shelter: 0.25,
  'health-centre': 0.12,
};

function localName(rng: Rng, kind: LocalKind, countryCode: string, city: string): string {
  const profile = countryProfile(countryCode);
  switch (kind) {
    case 'social-services':
      return profile.socialServices(city);
    case 'child-protection':
      return profile.childProtection(city);
    case 'local-police':
      return profile.police(city);
    case 'local-ngo':
      return `${rng.pick(profile.ngoNames)} – ${city}`;
    case 'shelter':
      return rng.pick(SHELTER_NAMES)(city);
    case 'health-centre':
      return `${city} Municipal Health Centre – Social Medicine Unit`;
  }
}

export function generateLocalOrganisations(rng: Rng, countryCode: string): GeneratedOrganisation[] {
  const country = countryProfile(countryCode);
  const organisations: GeneratedOrganisation[] = [];
  municipalitiesOf(countryCode).forEach((municipality, index) => {
    const city = municipality.name;
    const citySlug = slugify(city);
    const featured = FEATURED_MUNICIPALITIES.has(city);
    const local = rng.fork(`local:${countryCode}:${citySlug}`);
    const kinds: LocalKind[] = ['social-services'];
    for (const [kind, chance] of Object.entries(CHANCE) as [Exclude<LocalKind, 'social-services'>, number][]) {
      // Featured places get everything except a health centre, which stays a rarity everywhere.
      const always = featured && kind !== 'health-centre' && (kind !== 'shelter' || index === 0);
      if (always || local.chance(chance)) kinds.push(kind);
    }
    for (const kind of kinds) {
      organisations.push(
        buildOrganisation(local.fork(kind), {
          key: `org-${countryCode.toLowerCase()}-${citySlug}-${kind}`,
          name: localName(local, kind, countryCode, city),
          kind,
          profile: LOCAL_KINDS[kind],
          scope: { level: 'LOCAL', countryCode, municipalityName: city },
          place: city,
          countryLanguage: country.language,
          secondLanguages: country.secondLanguages,
          acronymChance: 0,
        }),
      );
    }
  });
  return organisations;
}
