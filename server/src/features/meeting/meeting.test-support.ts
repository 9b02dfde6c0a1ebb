import { randomUUID } from 'node:crypto';
import type { DemoAccountName, TestApp } from '../../test/harness.js';

export const MEETING_FIELDS = `id title status startsAt endsAt timeZone onlineLink hasOnlineLink capacity acceptedCount waitingCount
  invitedCount viewerStatus version calendarPath viewerCan { manage rsvp answerDatePoll }`;

export const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const UPDATE_MEETING = `mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const SCHEDULE_MEETING = `mutation ($id: ID!) { scheduleMeeting(id: $id) { ${MEETING_FIELDS} } }`;
export const INVITE = `mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const RSVP = `mutation ($input: RsvpInput!) { rsvpMeeting(input: $input) { ${MEETING_FIELDS} } }`;
export const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} participants { userId status countryCode note } } }`;

const DAY = 24 * 60 * 60 * 1000;

/** A meeting input `days` from now, two hours long, in Rīga's zone. */
export function meetingInput(overrides: Record<string, unknown> = {}, days = 30) {
  const startsAt = new Date(Math.floor((Date.now() + days * DAY) / 60_000) * 60_000);
  return {
    id: randomUUID(),
    title: 'Regional expert group',
    purpose: 'Agree on the referral checklist',
    level: 'REGIONAL',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000).toISOString(),
    timeZone: 'Europe/Riga',
    format: 'HYBRID',
    venue: 'Rīga City Council',
    onlineLink: 'https://meet.example.org/strom-regional',
    visibility: 'INVITED',
    ...overrides,
  };
}

/** A meeting made by the network's moderator, scheduled unless `draft`. */
export async function makeMeeting(
  app: TestApp,
  overrides: Record<string, unknown> = {},
  options: { draft?: boolean; as?: DemoAccountName } = {},
): Promise<{ id: string; version: number }> {
  const as = await app.cookieOf(options.as ?? 'moderator');
  const created = await app.gql(CREATE_MEETING, { input: meetingInput(overrides) }, { as });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createMeeting.id as string;
  if (options.draft) return { id, version: created.data!.createMeeting.version };
  const scheduled = await app.gql(SCHEDULE_MEETING, { id }, { as });
  if (scheduled.errors) throw new Error(JSON.stringify(scheduled.errors));
  return { id, version: scheduled.data!.scheduleMeeting.version };
}

export async function expertIdOf(app: TestApp, name: DemoAccountName): Promise<string> {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ expert_id: string }[]>(`select expert_id from app_user where email = ?`, [`${name}@demo.strom.invalid`]);
  return row!.expert_id;
}

export async function invite(app: TestApp, meetingId: string, names: DemoAccountName[]) {
  const expertIds = await Promise.all(names.map((name) => expertIdOf(app, name)));
  return app.gql(INVITE, { input: { meetingId, expertIds } }, { as: await app.cookieOf('moderator') });
}

export async function sql<T>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().getConnection().execute<T[]>(text, params);
}
