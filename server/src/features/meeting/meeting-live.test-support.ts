import { randomUUID } from 'node:crypto';
import type { DemoAccountName, TestApp } from '../../test/harness.js';
import { invite, makeMeeting, RSVP, sql } from './meeting.test-support.js';

export const LIVE_STATE_FIELDS = `sequence status wentLiveAt endedAt
  agenda { version items { id position title plannedMinutes startsAt endsAt presenter { userId name countryCode } links { url label } }
    nowDiscussing { itemId position startedAt extraMinutes plannedEndsAt } }
  speakerQueue { balanced speaking { id person { userId countryCode } } waiting { id person { userId name countryCode } } viewerRequestId
    turnsByCountry { countryCode turns } }
  attendance { presentCount viewerPresent present { person { userId countryCode } inPerson } byCountry { countryCode present expected attended } attendedCount }`;

export const LIVE_STATE = `query ($id: ID!) { meeting(id: $id) { id liveState { ${LIVE_STATE_FIELDS} } } }`;
const answer = `{ id status liveState { ${LIVE_STATE_FIELDS} } }`;
export const START = `mutation ($id: ID!) { startMeeting(id: $id) ${answer} }`;
export const END = `mutation ($id: ID!) { endMeeting(id: $id) ${answer} }`;
export const SAVE_AGENDA = `mutation ($input: SaveAgendaInput!) { saveMeetingAgenda(input: $input) ${answer} }`;
export const MOVE = `mutation ($input: MoveAgendaInput!) { moveMeetingAgenda(input: $input) ${answer} }`;
export const EXTEND = `mutation ($input: ExtendAgendaItemInput!) { extendMeetingAgendaItem(input: $input) ${answer} }`;
export const RAISE = `mutation ($meetingId: ID!) { raiseHand(meetingId: $meetingId) ${answer} }`;
export const LOWER = `mutation ($meetingId: ID!, $requestId: ID) { lowerHand(meetingId: $meetingId, requestId: $requestId) ${answer} }`;
export const CALL = `mutation ($meetingId: ID!, $requestId: ID) { callNextSpeaker(meetingId: $meetingId, requestId: $requestId) ${answer} }`;
export const FINISH = `mutation ($meetingId: ID!, $requestId: ID!) { finishSpeaker(meetingId: $meetingId, requestId: $requestId) ${answer} }`;
export const BALANCE = `mutation ($meetingId: ID!, $balanced: Boolean!) { setSpeakerBalance(meetingId: $meetingId, balanced: $balanced) ${answer} }`;
export const CHECK_IN = `mutation ($input: CheckInInput!) { checkInToMeeting(input: $input) ${answer} }`;
export const LEAVE = `mutation ($input: LeaveMeetingInput!) { leaveMeeting(input: $input) ${answer} }`;
export const REMOVE = `mutation ($input: RemoveParticipantInput!) { removeMeetingParticipant(input: $input) { id } }`;

export async function userIdOf(app: TestApp, name: DemoAccountName): Promise<string> {
  const [row] = await sql<{ id: string }>(app, `select id from app_user where email = ?`, [`${name}@demo.strom.invalid`]);
  return row!.id;
}

/** A scheduled INVITED meeting hosted by the moderator, with member.lv and member.pl accepted. */
export async function meetingWithParticipants(app: TestApp, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await makeMeeting(app, { visibility: 'INVITED', ...overrides });
  const invited = await invite(app, id, ['member.lv', 'member.pl']);
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  for (const name of ['member.lv', 'member.pl'] as const) {
    const rsvp = await app.gql(RSVP, { input: { meetingId: id, answer: 'YES' } }, { as: await app.cookieOf(name) });
    if (rsvp.errors) throw new Error(JSON.stringify(rsvp.errors));
  }
  return id;
}

export const agendaItem = (title: string, plannedMinutes: number, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  title,
  plannedMinutes,
  links: [],
  ...extra,
});

/** Saves an agenda as the moderator and returns its items. */
export async function saveAgenda(app: TestApp, meetingId: string, items: ReturnType<typeof agendaItem>[], expectedVersion = 0) {
  const saved = await app.gql(SAVE_AGENDA, { input: { meetingId, expectedVersion, items } }, { as: await app.cookieOf('moderator') });
  if (saved.errors) throw new Error(JSON.stringify(saved.errors));
  return saved.data!.saveMeetingAgenda.liveState.agenda;
}
