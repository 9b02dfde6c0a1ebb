import { CHAIN_ROLES, FORMS_OF_EXPLOITATION } from '@strom/shared';
import { groupBy } from './group-by.js';
import { personName } from './names.js';
import type { CountryInfo } from './organisations.js';
import type { Place } from './places.js';
import type { Prng } from './prng.js';
import type { ExpertRow, OrganisationRow, RoleRow, ScopeColumns } from './rows.js';

const TITLES = [
  'Social worker',
  'Child-protection officer',
  'Senior investigator',
  'Labour inspector',
  'Case manager',
  'Legal counsellor',
  'Project coordinator',
  'Prosecutor',
  'Psychologist',
  'Outreach worker',
  'Policy adviser',
  'Researcher',
];
const TOPICS = [
  'victim identification',
  'shelter management',
  'labour inspections',
  'online recruitment',
  'court support',
  'child protection',
  'referral pathways',
  'safe return',
  'interpretation',
  'financial investigation',
  'prevention campaigns',
  'training of frontline staff',
];
const VISIBILITIES = ['NETWORK', 'NETWORK', 'NETWORK', 'COUNTRY', 'COUNTRY', 'NOBODY'];
const CHAIN_ROLE_KEYS = Object.keys(CHAIN_ROLES);
const FORM_KEYS = Object.keys(FORMS_OF_EXPLOITATION);

export function generateExperts(prng: Prng, count: number, organisations: OrganisationRow[], countries: CountryInfo[]): ExpertRow[] {
  const experts: ExpertRow[] = [];
  for (let i = 0; i < count; i++) {
    const organisation = prng.pick(organisations);
    const country = organisation.countryCode ? countries.find((c) => c.code === organisation.countryCode) : prng.pick(countries);
    if (!country) throw new Error(`unknown country ${organisation.countryCode}`);
    const title = prng.chance(0.9) ? prng.pick(TITLES) : null;
    const topics = prng.sample(TOPICS, prng.int(1, 4));
    experts.push({
      id: prng.uuid(),
      fullName: personName(prng, country.code),
      title,
      organisationId: organisation.id,
      countryCode: country.code,
      municipalityId: organisation.municipalityId,
      languages: [
        ...new Set([
          ...country.languages.slice(0, prng.int(1, country.languages.length)),
          ...(prng.chance(0.8) ? ['en'] : []),
          ...(prng.chance(0.15) ? ['uk'] : []),
        ]),
      ],
      bio: `${title ?? 'Expert'} at ${organisation.name}. Works on ${topics.join(', ')}.`,
      formsOfExploitation: prng.sample(FORM_KEYS, prng.int(1, 3)),
      topics,
      availableForConsultation: prng.chance(0.3),
      email: `expert${i}@example.org`,
      phone: prng.chance(0.7) ? `+${prng.int(30, 49)} ${prng.int(200, 999)} ${prng.int(10_000, 99_999)}` : null,
      messagingHandle: prng.chance(0.3) ? `@expert${i}` : null,
      emailVisibility: prng.pick(VISIBILITIES),
      phoneVisibility: prng.pick(VISIBILITIES),
      messagingHandleVisibility: prng.pick(VISIBILITIES),
    });
  }
  return experts;
}

/**
 * One to three roles in the chain of assistance at the scope of each expert's organisation, a municipal contact
 * point for about 60% of municipalities, and national coordinators and TF-THB members for every country.
 */
export function generateRoles(prng: Prng, experts: ExpertRow[], organisations: OrganisationRow[], places: Place[]): RoleRow[] {
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const roles: RoleRow[] = [];
  const add = (expertId: string, role: string, scope: ScopeColumns) =>
    roles.push({
      id: prng.uuid(),
      expertId,
      role,
      ...scope,
      responsibilities: prng.chance(0.4) ? `Responsible for ${role.toLowerCase().replaceAll('_', ' ')} duties.` : null,
      startsOn: prng.chance(0.5) ? `20${prng.int(15, 26)}-0${prng.int(1, 9)}-1${prng.int(0, 9)}` : null,
    });
  for (const expert of experts) {
    const organisation = organisationById.get(expert.organisationId);
    if (!organisation) throw new Error('expert without organisation');
    const scope: ScopeColumns = {
      level: organisation.level,
      countryCode: organisation.countryCode,
      municipalityId: organisation.municipalityId,
    };
    for (const role of prng.sample(CHAIN_ROLE_KEYS, prng.int(1, 3))) add(expert.id, role, scope);
  }
  const local = groupBy(experts, (e) => e.municipalityId);
  const national = groupBy(experts, (e) => e.countryCode);
  for (const place of places) {
    const candidates = local.get(place.id);
    if (candidates && prng.chance(0.6)) {
      add(prng.pick(candidates).id, 'MUNICIPAL_CONTACT_POINT', {
        level: 'LOCAL',
        countryCode: place.countryCode,
        municipalityId: place.id,
      });
    }
  }
  for (const [countryCode, candidates] of [...national.entries()].toSorted(([a], [b]) => a.localeCompare(b))) {
    for (const expert of prng.sample(candidates, 2))
      add(expert.id, 'NATIONAL_COORDINATOR', { level: 'NATIONAL', countryCode, municipalityId: null });
    add(prng.pick(candidates).id, 'TF_THB_MEMBER', { level: 'NATIONAL', countryCode, municipalityId: null });
  }
  return roles;
}
