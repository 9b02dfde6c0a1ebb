import { FORMS_OF_EXPLOITATION, ORGANISATION_TYPES, SERVICES, TARGET_GROUPS } from '@strom/shared';
import type { Place } from './places.js';
import type { Prng } from './prng.js';
import type { Level, OrganisationRow, ServiceRow } from './rows.js';

const LOCAL_TYPES = [
  'MUNICIPAL_SOCIAL_SERVICES',
  'CHILD_PROTECTION',
  'MUNICIPAL_ADMINISTRATION',
  'POLICE',
  'HEALTH_SERVICE',
  'NGO',
  'SERVICE_PROVIDER',
  'EDUCATION_INSTITUTION',
];
const NATIONAL_TYPES = [
  'MINISTRY',
  'NATIONAL_COORDINATOR',
  'BORDER_GUARD',
  'PROSECUTION',
  'COURT',
  'LABOUR_INSPECTORATE',
  'MIGRATION_AUTHORITY',
  'NGO',
  'TRADE_UNION',
  'EMPLOYERS_ORGANISATION',
  'RESEARCH_INSTITUTE',
  'EMBASSY_CONSULATE',
];
const REGIONAL_TYPES = ['INTERNATIONAL_ORGANISATION', 'NGO', 'RESEARCH_INSTITUTE', 'OTHER'];
const NGO_WORDS = ['Hope', 'Safe Harbour', 'Freedom', 'Bridge', 'Lighthouse', 'Open Door', 'New Start', 'Compass', 'Anchor', 'Dignity'];
const FOCUS = [
  'labour exploitation in agriculture and construction',
  'sexual exploitation and online recruitment',
  'child trafficking and unaccompanied minors',
  'forced begging and criminality',
  'sham marriages and document fraud',
  'identification at borders and ports',
  'victim support in criminal proceedings',
  'safe return and reintegration',
];

const TYPE_KEYS = Object.keys(ORGANISATION_TYPES) as (keyof typeof ORGANISATION_TYPES)[];
const SERVICE_KINDS = Object.keys(SERVICES);
const TARGET_GROUP_KEYS = Object.keys(TARGET_GROUPS);
const FORM_KEYS = Object.keys(FORMS_OF_EXPLOITATION);

export interface CountryInfo {
  code: string;
  name: string;
  languages: string[];
}

export function generateOrganisations(prng: Prng, count: number, places: Place[], countries: CountryInfo[]): OrganisationRow[] {
  const organisations: OrganisationRow[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const roll = prng.next();
    const level: Level = roll < 0.72 ? 'LOCAL' : roll < 0.96 ? 'NATIONAL' : 'REGIONAL';
    const place = level === 'LOCAL' ? prng.pick(places) : null;
    const country = level === 'NATIONAL' ? prng.pick(countries) : null;
    const type = prng.pick(level === 'LOCAL' ? LOCAL_TYPES : level === 'NATIONAL' ? NATIONAL_TYPES : REGIONAL_TYPES);
    if (!TYPE_KEYS.includes(type as keyof typeof ORGANISATION_TYPES)) throw new Error(`unknown organisation type ${type}`);
    const where = place?.name ?? country?.name ?? 'Baltic Sea Region';
    const label = ORGANISATION_TYPES[type as keyof typeof ORGANISATION_TYPES];
    const base = type === 'NGO' ? `${prng.pick(NGO_WORDS)} ${where}` : `${label} of ${where}`;
    // A number keeps 3,000 generated names distinct where a place has several of one kind.
    const name = names.has(base) ? `${base} ${i}` : base;
    names.add(name);
    organisations.push({
      id: prng.uuid(),
      level,
      countryCode: place?.countryCode ?? country?.code ?? null,
      municipalityId: place?.id ?? null,
      name,
      acronym: prng.chance(0.3) ? initials(name) : null,
      type,
      description: `Works on ${prng.pick(FOCUS)} in ${where}; cooperates with municipal and national partners.`,
      website: prng.chance(0.6) ? `https://org${i}.example.org` : null,
      // Police units and shelters often choose not to be listed publicly.
      publiclyListed: ['POLICE', 'BORDER_GUARD'].includes(type) ? prng.chance(0.3) : prng.chance(0.9),
    });
  }
  return organisations;
}

export function generateServices(prng: Prng, organisations: OrganisationRow[], countries: CountryInfo[]): ServiceRow[] {
  const services: ServiceRow[] = [];
  for (const organisation of organisations) {
    const offers = ['NGO', 'SERVICE_PROVIDER', 'MUNICIPAL_SOCIAL_SERVICES', 'HEALTH_SERVICE'].includes(organisation.type)
      ? prng.int(1, 6)
      : prng.int(0, 2);
    const spoken = countries.find((c) => c.code === organisation.countryCode)?.languages ?? ['en'];
    for (const kind of prng.sample(SERVICE_KINDS, offers)) {
      services.push({
        id: prng.uuid(),
        organisationId: organisation.id,
        kind,
        capacity: kind === 'SAFE_ACCOMMODATION' ? prng.int(2, 40) : null,
        targetGroups: prng.sample(TARGET_GROUP_KEYS, prng.int(1, 3)),
        languages: [...new Set([...spoken, 'en', ...(prng.chance(0.3) ? ['ru', 'uk'] : [])])],
        available24x7: prng.chance(0.2),
        formsOfExploitation: prng.sample(FORM_KEYS, prng.int(1, 4)),
        description: prng.chance(0.5) ? `Offered by appointment; referrals through the local contact point.` : null,
      });
    }
  }
  return services;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word.length > 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
    .slice(0, 10);
}
