// Network roles depend on the whole network: one contact point per municipality (with deliberate gaps so coverage
// views have something to flag), one national coordinator per country, Task Force members and a few moderators.
import type { NetworkRole } from '@strom/shared';
import { NETWORK_START, randomDay } from './dates.js';
import type { GeneratedOrganisation } from './organisation-builder.js';
import { FEATURED_MUNICIPALITIES } from './organisations-local.js';
import type { Rng } from './random.js';
import { REFERENCE_COUNTRIES, STROM_COUNTRIES } from './reference.js';
import { currentRoleDates, roleAssignment, type RoleDates } from './roles.js';
import type { DemoExpert, DemoScope } from './types.js';

const MAX_ROLES = 3;
const GAP_CHANCE = 0.2;
const REGION = 'the Baltic Sea Region';
// Russia left the CBSS in May 2022; its Task Force seat ended then, while STROM-era contacts remain listed.
const RUSSIA_LEFT_CBSS = '2022-05-17';

interface Network {
  rng: Rng;
  staffOf: Map<string, DemoExpert[]>;
}

/** Adds a network role, dropping the person's secondary chain role if that would exceed three roles. */
function grant(network: Network, expert: DemoExpert, role: NetworkRole, scope: DemoScope, place: string, dates?: RoleDates): void {
  if (expert.roles.length >= MAX_ROLES) {
    const secondary = expert.roles.findLastIndex((r, index) => index > 0 && !isNetworkRole(r.role));
    if (secondary === -1) return;
    expert.roles.splice(secondary, 1);
  }
  expert.roles.push(roleAssignment(network.rng, role, scope, place, dates ?? currentRoleDates(network.rng)));
}

function isNetworkRole(role: string): role is NetworkRole {
  return role === 'MUNICIPAL_CONTACT_POINT' || role === 'NATIONAL_COORDINATOR' || role === 'TF_THB_MEMBER' || role === 'MODERATOR';
}

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function firstStaff(network: Network, organisationKey: string, index = 0): DemoExpert | undefined {
  return network.staffOf.get(organisationKey)?.[index];
}

function assignContactPoints(network: Network, organisations: readonly GeneratedOrganisation[]): void {
  const byMunicipality = new Map<string, GeneratedOrganisation[]>();
  for (const organisation of organisations) {
    const { municipalityName } = organisation.record.scope;
    if (municipalityName) pushTo(byMunicipality, municipalityName, organisation);
  }
  const names = [...byMunicipality.keys()];
  const gaps = new Set(names.filter((name) => !FEATURED_MUNICIPALITIES.has(name) && network.rng.chance(GAP_CHANCE)));
  const candidates = names.filter((name) => !FEATURED_MUNICIPALITIES.has(name));
  // At least one gap, whatever the seed: the coverage map and its tests need a municipality to flag.
  if (gaps.size === 0) gaps.add(network.rng.pick(candidates));

  for (const [name, local] of byMunicipality) {
    if (gaps.has(name)) continue;
    const social = local.find((o) => o.kind === 'social-services');
    const child = local.find((o) => o.kind === 'child-protection');
    const host = child && network.rng.chance(0.15) ? child : social;
    const expert = host && firstStaff(network, host.record.key);
    if (expert && host) grant(network, expert, 'MUNICIPAL_CONTACT_POINT', host.record.scope, name);
  }
}

function assignNationalRoles(network: Network): void {
  for (const country of REFERENCE_COUNTRIES) {
    const code = country.code.toLowerCase();
    const scope: DemoScope = { level: 'NATIONAL', countryCode: country.code, municipalityName: null };
    const taskForceDates = (): RoleDates =>
      country.code === 'RU'
        ? { startsOn: randomDay(network.rng, NETWORK_START, '2021-12-31'), endsOn: RUSSIA_LEFT_CBSS }
        : currentRoleDates(network.rng);

    const coordinator = firstStaff(network, `org-${code}-coordinator`);
    if (country.stromParticipant && coordinator) {
      grant(network, coordinator, 'NATIONAL_COORDINATOR', scope, country.name);
      grant(network, coordinator, 'TF_THB_MEMBER', scope, country.name, taskForceDates());
    }
    // A second Task Force seat usually sits with the interior or justice ministry; for Iceland it is the only one.
    const ministry = firstStaff(network, `org-${code}-ministry-interior`);
    if (ministry && (!country.stromParticipant || network.rng.chance(0.6))) {
      grant(network, ministry, 'TF_THB_MEMBER', scope, country.name, taskForceDates());
    }
  }
}

function assignModerators(network: Network): void {
  const regional: DemoScope = { level: 'REGIONAL', countryCode: null, municipalityName: null };
  for (const index of [0, 1]) {
    const expert = firstStaff(network, 'org-bsr-secretariat', index);
    if (expert) grant(network, expert, 'MODERATOR', regional, REGION);
  }
  const countries = network.rng.sample(
    STROM_COUNTRIES.filter((c) => c.code !== 'RU'),
    3,
  );
  for (const country of countries) {
    // The coordinator's deputy rather than the coordinator, who already carries two network roles.
    const expert = firstStaff(network, `org-${country.code.toLowerCase()}-coordinator`, 1);
    const scope: DemoScope = { level: 'NATIONAL', countryCode: country.code, municipalityName: null };
    if (expert) grant(network, expert, 'MODERATOR', scope, country.name);
  }
}

export function assignNetworkRoles(rng: Rng, organisations: readonly GeneratedOrganisation[], experts: readonly DemoExpert[]): void {
  const staffOf = new Map<string, DemoExpert[]>();
  for (const expert of experts) pushTo(staffOf, expert.organisationKey, expert);
  const network: Network = { rng, staffOf };
  assignContactPoints(network, organisations);
  assignNationalRoles(network);
  assignModerators(network);
}
