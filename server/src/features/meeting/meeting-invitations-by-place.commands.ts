import { GraphQLError } from 'graphql';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { signedInActor } from '../forum/thread.commands.js';
import { lockMeeting, refuseClosed } from './meeting-load.js';
import type { InviteContactPointsInput } from './meeting-invitations-by-place.inputs.js';
import type { PlaceWithoutContactPoint } from './meeting-invitations-by-place.types.js';
import { meetingAbilities } from './meeting.policy.js';
import { recordInvitations } from './participation.commands.js';

/** Municipalities chosen whose contact point could not be invited: BAD_USER_INPUT naming each, nothing invited. */
export class MunicipalitiesWithoutContactPoint extends GraphQLError {
  constructor(readonly places: PlaceWithoutContactPoint[]) {
    const names = places.map((place) => `${place.name} (${place.countryCode})`).join(', ');
    const message = `No active contact point in ${names}: choose other municipalities, or invite the others without them`;
    super(message, {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.municipalityIds', message }], withoutContactPoint: places },
    });
  }
}

export interface ContactPointInvitation {
  meetingId: string;
  invitedCount: number;
  contactPointCount: number;
  withoutContactPoint: PlaceWithoutContactPoint[];
}

interface PlaceRow {
  municipality_id: string;
  name: string;
  country_code: string;
  user_ids: string[];
}

/**
 * "Three municipalities per member state": invites the current contact points of the chosen municipalities in one
 * step. A municipality without one is refused by name (or skipped and listed, when asked), never passed over in
 * silence. Retry-safe: the invitation rows are keyed by meeting and member, so a second call invites nobody twice.
 */
export async function inviteContactPoints(deps: CommandDeps, input: InviteContactPointsInput): Promise<ContactPointInvitation> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const meeting = await lockMeeting(uow.em, actor, parseUuid(input.meetingId, 'input.meetingId'));
    refuseClosed(meeting);
    meetingAbilities.authorize(actor, 'manage', meeting);
    const places = await contactPointsOf(uow.em, input.municipalityIds);
    const withoutContactPoint = places
      .filter((place) => place.user_ids.length === 0)
      .map((place) => ({ municipalityId: place.municipality_id, name: place.name, countryCode: place.country_code }));
    if (withoutContactPoint.length > 0 && (!input.skipWithoutContactPoint || withoutContactPoint.length === places.length))
      throw new MunicipalitiesWithoutContactPoint(withoutContactPoint);
    const userIds = [...new Set(places.flatMap((place) => place.user_ids))];
    const invitedCount = await recordInvitations(uow, meeting.id, userIds, input.role, actor.userId);
    return { meetingId: meeting.id, invitedCount, contactPointCount: userIds.length, withoutContactPoint };
  });
}

/** Each chosen municipality with the active members holding its contact point role today; unknown ids are refused. */
async function contactPointsOf(em: Em, municipalityIds: readonly string[]): Promise<PlaceRow[]> {
  const ids = [...new Set(municipalityIds.map((id) => parseUuid(id, 'input.municipalityIds')))];
  const rows = await em.execute<PlaceRow[]>(
    `select m.id::text as municipality_id, m.name, trim(m.country_code) as country_code,
            array(select distinct u.id::text from role_assignment ra join app_user u on u.expert_id = ra.expert_id
                   where ra.municipality_id = m.id and ra.role = 'MUNICIPAL_CONTACT_POINT'
                     and (ra.starts_on is null or ra.starts_on <= current_date) and (ra.ends_on is null or ra.ends_on >= current_date)
                     and u.status = 'ACTIVE' and u.deleted_at is null) as user_ids
       from municipality m where m.id = any(?::uuid[]) order by m.country_code, m.name`,
    [`{${ids.join(',')}}`],
  );
  if (rows.length !== ids.length) throw BadUserInput.field('input.municipalityIds', 'No such municipality');
  return rows;
}
