import { speakerOrder } from '@strom/shared';
import type { MeetingLiveState } from './meeting-live-state.types.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import { personJson } from './meeting-person.js';
import type { SpeakerQueue, SpeakerRequest } from './speaker-queue.types.js';

export interface SpeakerQueueJson {
  balanced: boolean;
  open: {
    id: string;
    status: 'WAITING' | 'SPEAKING';
    raisedAt: string;
    calledAt: string | null;
    person: { userId: string; name: string; countryCode: string | null };
  }[];
  turns: { countryCode: string | null; turns: number }[];
}

/** Open hands (waiting, speaking) and the turns taken so far per country of meeting `m`, as one JSON value. */
export const SPEAKER_QUEUE_SQL = `select json_build_object('balanced', m.speakers_balanced,
    'open', coalesce((select json_agg(json_build_object('id', r.id, 'status', r.status, 'raisedAt', r.raised_at,
        'calledAt', r.called_at, 'person', ${personJson('r.user_id')}) order by r.raised_at, r.id)
      from meeting_speaker_request r where r.meeting_id = m.id and r.status in ('WAITING', 'SPEAKING')), '[]'::json),
    'turns', coalesce((select json_agg(json_build_object('countryCode', t.country_code, 'turns', t.turns) order by t.country_code)
      from (select trim(r.country_code) as country_code, count(*)::int as turns from meeting_speaker_request r
             where r.meeting_id = m.id and r.status in ('SPEAKING', 'DONE') group by r.country_code) t), '[]'::json))`;

registerLiveStatePart({ key: 'speakerQueue', sql: SPEAKER_QUEUE_SQL });

function requestOf(row: SpeakerQueueJson['open'][number]): SpeakerRequest {
  return { id: row.id, person: row.person, raisedAt: new Date(row.raisedAt), calledAt: row.calledAt ? new Date(row.calledAt) : null };
}

/** The turns so far, keyed as `speakerOrder` reads them. */
export const turnsRecord = (turns: SpeakerQueueJson['turns']) => Object.fromEntries(turns.map((t) => [t.countryCode ?? '', t.turns]));

/** The queue in the order it will follow (the same `speakerOrder` the command calls by). SQL-free. */
export function speakerQueueOf(json: SpeakerQueueJson, state: Pick<MeetingLiveState, 'viewerId'>): SpeakerQueue {
  const speaking = json.open.find((row) => row.status === 'SPEAKING');
  const waiting = json.open
    .filter((row) => row.status === 'WAITING')
    .map((row) => ({ id: row.id, countryCode: row.person.countryCode, raisedAt: row.raisedAt, row }));
  const ordered = speakerOrder(waiting, turnsRecord(json.turns), json.balanced);
  return {
    balanced: json.balanced,
    speaking: speaking ? requestOf(speaking) : null,
    waiting: ordered.map((hand) => requestOf(hand.row)),
    turnsByCountry: json.turns,
    viewerRequestId: json.open.find((row) => row.person.userId === state.viewerId)?.id ?? null,
  };
}
