// Role assignments in the chain of assistance. A person's roles come from what their organisation does (police
// investigate, labour inspectors inspect), so role-based search returns people where one would look for them.
import type { ChainRole, NetworkRole } from '@strom/shared';
import { NETWORK_START, addDays, randomDay } from './dates.js';
import type { GeneratedOrganisation } from './organisation-builder.js';
import type { Rng } from './random.js';
import { RESPONSIBILITIES } from './responsibilities.js';
import type { DemoRole, DemoScope } from './types.js';

const LATEST_START = '2026-09-30';
const LATEST_END = '2026-10-25';

export interface RoleDates {
  startsOn: string | null;
  endsOn: string | null;
}

export function currentRoleDates(rng: Rng): RoleDates {
  return { startsOn: randomDay(rng, NETWORK_START, LATEST_START), endsOn: null };
}

/** A role held for a while and handed over before the reference date, so history views have something to show. */
function endedRoleDates(rng: Rng): RoleDates {
  const startsOn = randomDay(rng, NETWORK_START, '2025-06-30');
  return { startsOn, endsOn: randomDay(rng, addDays(startsOn, 120), LATEST_END) };
}

export function roleAssignment(rng: Rng, role: ChainRole | NetworkRole, scope: DemoScope, place: string, dates: RoleDates): DemoRole {
  return {
    role,
    scope: { ...scope },
    // Some people leave the text empty; the UI must cope with that.
    responsibilities: rng.chance(0.9) ? rng.pick(RESPONSIBILITIES[role]).replaceAll('{place}', place) : null,
    startsOn: dates.startsOn,
    endsOn: dates.endsOn,
  };
}

/**
 * One or two chain roles. The first person in an organisation always holds its defining role, so every police unit
 * has an investigator and every labour inspectorate a labour inspector.
 */
export function chainRolesFor(rng: Rng, organisation: GeneratedOrganisation, staffIndex: number): DemoRole[] {
  const { chainRoles } = organisation.profile;
  const [defining] = chainRoles;
  const primary = staffIndex === 0 || rng.chance(0.65) ? defining : rng.pick(chainRoles);
  const scope = organisation.record.scope;
  const roles = [roleAssignment(rng, primary, scope, organisation.place, currentRoleDates(rng))];
  const others = chainRoles.filter((role) => role !== primary);
  if (others.length > 0 && rng.chance(0.35)) {
    const dates = rng.chance(0.25) ? endedRoleDates(rng) : currentRoleDates(rng);
    roles.push(roleAssignment(rng, rng.pick(others), scope, organisation.place, dates));
  }
  return roles;
}
