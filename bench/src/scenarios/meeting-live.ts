import { generateMeetingRoom, type MeetingRoom } from '../dataset/meeting-room.js';
import { insertTables } from '../dataset/insert.js';
import { withPostgres } from '../dataset/postgres.js';
import type { ChildService } from '../measure/child-service.js';
import { graphqlBody } from './documents.js';
import type { BenchContext } from './types.js';

// What S5 and S6 share: the meeting, its participants' subscription, and the host's command that makes one event.

export const MEETING_EVENT = `subscription MeetingEvent($meetingId: ID!) { meetingEvent(meetingId: $meetingId) { sequence kind occurredAt meetingId ... on MeetingDatePollChanged { slotCount } } }`;
const PROPOSE = `mutation ProposeSlots($input: ProposeSlotsInput!) { proposeMeetingSlots(input: $input) { id } }`;

export const ROOM_PARTICIPANTS = 1000;
const loaded = new Map<string, Promise<MeetingRoom>>();

/** Loads the meeting with its 1,000 signed-in invitees into the bench database, once per run (S5 and S6 share it). */
export function loadMeetingRoom(ctx: BenchContext): Promise<MeetingRoom> {
  let room = loaded.get(ctx.postgresUrl);
  if (!room) {
    const generated = generateMeetingRoom(ctx.config.seed, ctx.dataset, ROOM_PARTICIPANTS);
    room = withPostgres(ctx.postgresUrl, (client) => insertTables(client, generated.tables)).then(() => generated);
    loaded.set(ctx.postgresUrl, room);
  }
  return room;
}

/**
 * One meeting event, as hosts make them: a new date-poll proposal (one transaction, one event in the meeting's log,
 * delivered through the outbox). Each call proposes a different slot.
 */
export function hostCommand(ctx: BenchContext, server: ChildService, meetingId: string): () => Promise<void> {
  let n = 0;
  return async () => {
    n += 1;
    const start = Date.UTC(2027, 0, 1) + n * 3_600_000;
    const slots = [{ startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString() }];
    const response = await fetch(new URL('/graphql', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: ctx.cookie },
      body: graphqlBody(PROPOSE, { input: { meetingId, slots } }),
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(`proposeMeetingSlots: ${JSON.stringify(json.errors).slice(0, 300)}`);
  };
}
