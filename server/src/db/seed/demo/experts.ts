// Staffs every organisation with fictional people whose titles, languages and chain roles fit the organisation.
// Network roles (contact points, coordinators, Task Force members, moderators) are handed out afterwards in
// network-roles.ts, because they depend on the whole network, not on one organisation.
import { countryProfile } from './countries.js';
import { profileFacts } from './expert-profile.js';
import { drawPerson, type DrawnPerson } from './names.js';
import type { GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';
import { STROM_COUNTRIES } from './reference.js';
import { chainRolesFor } from './roles.js';
import type { DemoExpert } from './types.js';

const MAX_NAME_ATTEMPTS = 30;

// Region-wide bodies recruit from all member countries; Russian staff are unlikely there after 2022.
const REGIONAL_HOME_COUNTRIES: readonly string[] = STROM_COUNTRIES.map((c) => c.code).filter((code) => code !== 'RU');

/** Distinct names make search results and screenshots unambiguous; the pools are large enough to allow it. */
function drawUniquePerson(rng: Rng, countryCode: string, diaspora: boolean, used: Set<string>): DrawnPerson {
  const language = countryProfile(countryCode).language;
  let person = drawPerson(rng, countryCode, language, diaspora);
  for (let attempt = 1; used.has(person.fullName) && attempt < MAX_NAME_ATTEMPTS; attempt += 1) {
    person = drawPerson(rng, countryCode, language, diaspora);
  }
  used.add(person.fullName);
  return person;
}

function titleFor(rng: Rng, organisation: GeneratedOrganisation, staffIndex: number): string {
  const [head, ...rest] = organisation.profile.titles;
  // A coordinator office has exactly one coordinator: the first person; colleagues get the other titles.
  if (organisation.kind === 'coordinator' && head) return staffIndex === 0 || rest.length === 0 ? head : rng.pick(rest);
  return rng.pick(organisation.profile.titles);
}

function buildExpert(rng: Rng, organisation: GeneratedOrganisation, staffIndex: number, usedNames: Set<string>): DemoExpert {
  const { record } = organisation;
  const countryCode = record.scope.countryCode ?? rng.pick(REGIONAL_HOME_COUNTRIES);
  const person = drawUniquePerson(rng, countryCode, rng.chance(organisation.profile.diasporaChance), usedNames);
  const title = titleFor(rng, organisation, staffIndex);
  const facts = profileFacts(rng, organisation, person.nativeLanguages, title);
  return {
    key: `exp-${record.key.replace(/^org-/, '')}-${staffIndex + 1}`,
    fullName: person.fullName,
    // A few people leave the title empty; lists must not depend on it.
    title: rng.chance(0.97) ? title : null,
    organisationKey: record.key,
    countryCode,
    municipalityName: record.scope.municipalityName,
    languages: facts.languages,
    bio: facts.bio,
    formsOfExploitation: facts.formsOfExploitation,
    topics: facts.topics,
    availableForConsultation: facts.availableForConsultation,
    roles: chainRolesFor(rng, organisation, staffIndex),
    isDemo: true,
  };
}

/** Experts in organisation order; within an organisation, index 0 holds its defining role. */
export function generateExperts(rng: Rng, organisations: readonly GeneratedOrganisation[]): DemoExpert[] {
  const usedNames = new Set<string>();
  const experts: DemoExpert[] = [];
  for (const organisation of organisations) {
    const staff = rng.fork(`staff:${organisation.record.key}`);
    const [min, max] = organisation.profile.staff;
    const count = staff.int(min, max);
    for (let index = 0; index < count; index += 1) {
      experts.push(buildExpert(staff, organisation, index, usedNames));
    }
  }
  return experts;
}
