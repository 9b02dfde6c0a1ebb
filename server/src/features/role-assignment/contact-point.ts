import { Conflict } from '../../core/errors.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Expert } from '../expert/expert.entity.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { RoleAssignment } from './role-assignment.entity.js';

/** The day before an ISO date. */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * A municipality has one contact point at a time (the database refuses overlapping ones). The new one takes over on
 * its start day: the one holding the role then ends the day before. One that would start later still is a
 * conflict for the coordinator to sort out. Serialised per municipality; announced in the network's feed.
 * Returns whether a previous contact point was ended.
 */
export async function appointContactPoint(uow: UnitOfWork, assignment: RoleAssignment, expert: Expert): Promise<boolean> {
  const { em } = uow;
  const municipalityId = assignment.municipality!.id;
  const startsOn = assignment.startsOn!;
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`contact-point:${municipalityId}`]);
  const overlapping = await em.find(RoleAssignment, {
    id: { $ne: assignment.id },
    role: 'MUNICIPAL_CONTACT_POINT',
    municipality: municipalityId,
    $or: [{ endsOn: null }, { endsOn: { $gte: startsOn } }],
  });
  for (const previous of overlapping) {
    const laterStart = assignment.endsOn !== null && previous.startsOn !== null && previous.startsOn > assignment.endsOn;
    if (laterStart) continue;
    if (previous.startsOn !== null && previous.startsOn >= startsOn) {
      throw new Conflict('Another contact point is planned for these dates; end or change that one first');
    }
    previous.endsOn = dayBefore(startsOn);
  }
  // The ended ones first, so the database never sees two at once.
  await em.flush();
  const activity = recordActivity(em, { kind: 'CONTACT_POINT_CHANGED', expert });
  uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
  await em.flush();
  return overlapping.length > 0;
}
