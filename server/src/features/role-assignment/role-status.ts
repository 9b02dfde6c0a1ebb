import { registerEnumType } from 'type-graphql';

/**
 * The one rule for "does this person hold the role now": started (or no start given) and not ended (or no end
 * given), by calendar day in UTC. Profiles, directory tags, the role filter and facet, counterparts, coverage and
 * the CSV all apply it, in TypeScript or SQL, so an assignment that ended in 2017 is past everywhere.
 */
export enum RoleStatus {
  CURRENT = 'CURRENT',
  PAST = 'PAST',
  UPCOMING = 'UPCOMING',
}

registerEnumType(RoleStatus, {
  name: 'RoleStatus',
  description: 'Whether an assignment holds today (UTC): current, ended or not yet started',
});

interface Dated {
  startsOn: string | null;
  endsOn: string | null;
}

/** Today's calendar date in UTC, the day the rule compares ISO dates (`YYYY-MM-DD`) with. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function roleStatus(assignment: Dated, today: string): RoleStatus {
  if (assignment.startsOn !== null && assignment.startsOn > today) return RoleStatus.UPCOMING;
  if (assignment.endsOn !== null && assignment.endsOn < today) return RoleStatus.PAST;
  return RoleStatus.CURRENT;
}

/** The same rule as a SQL condition on a `role_assignment` row aliased `alias`. */
export function currentRoleSql(alias: string): string {
  const today = `(now() at time zone 'utc')::date`;
  return `(${alias}.starts_on is null or ${alias}.starts_on <= ${today}) and (${alias}.ends_on is null or ${alias}.ends_on >= ${today})`;
}

/** The same rule as a MikroORM condition on a RoleAssignment. */
export function currentRoleWhere(today: string) {
  return {
    $and: [{ $or: [{ startsOn: null }, { startsOn: { $lte: today } }] }, { $or: [{ endsOn: null }, { endsOn: { $gte: today } }] }],
  };
}
