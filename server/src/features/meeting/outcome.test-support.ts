import { randomUUID } from 'node:crypto';
import type { DemoAccountName, TestApp } from '../../test/harness.js';
import { invite, makeMeeting, RSVP, sql } from './meeting.test-support.js';

export const POLL_FIELDS = `id status question multiple anonymous voterCount viewerChoice options { id label votes } voters { name optionIds }`;
export const CREATE_POLL = `mutation ($input: CreateMeetingPollInput!) { createMeetingPoll(input: $input) { ${POLL_FIELDS} } }`;
export const OPEN_POLL = `mutation ($id: ID!) { openMeetingPoll(id: $id) { ${POLL_FIELDS} } }`;
export const CLOSE_POLL = `mutation ($id: ID!) { closeMeetingPoll(id: $id) { ${POLL_FIELDS} } }`;
export const VOTE = `mutation ($input: VoteMeetingPollInput!) { voteMeetingPoll(input: $input) { ${POLL_FIELDS} } }`;
export const START = `mutation ($id: ID!) { startMeeting(id: $id) { status } }`;
export const END = `mutation ($id: ID!) { endMeeting(id: $id) { status } }`;

export const code = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;
export const reason = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.reason;

/**
 * A meeting the moderator hosts with member.lv and member.pl accepted (coordinator.lt invited but declined), LIVE
 * unless `live` is false; its id.
 */
export async function liveMeeting(app: TestApp, options: { live?: boolean; followsId?: string } = {}): Promise<string> {
  const { id } = await makeMeeting(app, { visibility: 'INVITED', ...(options.followsId ? { followsId: options.followsId } : {}) });
  const invited = await invite(app, id, ['member.lv', 'member.pl', 'coordinator.lt']);
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  for (const [who, answer] of [
    ['member.lv', 'YES'],
    ['member.pl', 'YES'],
    ['coordinator.lt', 'NO'],
  ] as const) {
    const answered = await app.gql(RSVP, { input: { meetingId: id, answer } }, { as: await app.cookieOf(who) });
    if (answered.errors) throw new Error(JSON.stringify(answered.errors));
  }
  if (options.live !== false) await as(app, 'moderator', START, { id });
  return id;
}

/** Runs `document` as `who`, failing the test on any error; the data. */
export async function as(app: TestApp, who: DemoAccountName, document: string, variables: Record<string, unknown>) {
  const result = await app.gql(document, variables, { as: await app.cookieOf(who) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

export async function openPoll(app: TestApp, meetingId: string, overrides: Record<string, unknown> = {}) {
  const created = await as(app, 'moderator', CREATE_POLL, {
    input: { id: randomUUID(), meetingId, question: 'Adopt the referral checklist?', options: ['Yes', 'No', 'Later'], ...overrides },
  });
  return (await as(app, 'moderator', OPEN_POLL, { id: created.createMeetingPoll.id })).openMeetingPoll;
}

export async function userId(app: TestApp, who: DemoAccountName): Promise<string> {
  const [row] = await sql<{ id: string }>(app, `select id::text from app_user where email = ?`, [`${who}@demo.strom.invalid`]);
  return row!.id;
}
