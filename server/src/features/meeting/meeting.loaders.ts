import DataLoader from 'dataloader';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { viewerIdParam } from './meeting-access.js';
import type { MeetingParticipant, MeetingSlot } from './meeting.types.js';

/** A meeting the viewer may see (checked by the read model that returned it), for its nested lists. */
export interface MeetingListKey {
  meetingId: string;
  viewer: Viewer;
}

declare module '../../core/loaders.js' {
  interface Loaders {
    meetingParticipants: DataLoader<MeetingListKey, ParticipantRow[], string>;
    meetingSlots: DataLoader<MeetingListKey, MeetingSlot[], string>;
  }
}

export interface ParticipantRow extends Omit<MeetingParticipant, 'note'> {
  meetingId: string;
  note: string | null;
}

const ids = (keys: readonly MeetingListKey[]) => `{${[...new Set(keys.map((k) => k.meetingId))].join(',')}}`;

function grouped<T extends { meetingId: string }>(keys: readonly MeetingListKey[], rows: T[]): T[][] {
  const byMeeting = new Map<string, T[]>();
  for (const row of rows) byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
  return keys.map((key) => byMeeting.get(key.meetingId) ?? []);
}

/** Participants of every meeting a page shows, in one statement: by country, then name. */
export function createParticipantsLoader(em: Em): DataLoader<MeetingListKey, ParticipantRow[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<ParticipantRow[]>(
        `select p.meeting_id as "meetingId", p.user_id as "userId", coalesce(x.full_name, 'A member') as name, x.id as "expertId",
                trim(u.country_code) as "countryCode", mu.name as "municipalityName", p.status, p.role, p.note
           from meeting_participant p join app_user u on u.id = p.user_id
           left join expert x on x.id = u.expert_id left join municipality mu on mu.id = x.municipality_id
          where p.meeting_id = any(?::uuid[]) and u.deleted_at is null
          order by u.country_code, x.full_name, p.user_id`,
        [ids(keys)],
      );
      return grouped(keys, rows);
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

/** The date poll's slots of every meeting a page shows, with answer counts and the viewer's own, in one statement. */
export function createSlotsLoader(em: Em): DataLoader<MeetingListKey, MeetingSlot[], string> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.execute<SlotRow[]>(
        `select s.meeting_id as "meetingId", s.id, s.starts_at as "startsAt", s.ends_at as "endsAt",
                count(a.*) filter (where a.answer = 'YES')::int as yes, count(a.*) filter (where a.answer = 'IF_NEED_BE')::int as "ifNeedBe",
                count(a.*) filter (where a.answer = 'NO')::int as no,
                max(a.answer) filter (where a.user_id = ?::uuid) as "viewerAnswer"
           from meeting_slot s left join meeting_slot_answer a on a.slot_id = s.id
          where s.meeting_id = any(?::uuid[]) group by s.id order by s.starts_at, s.id`,
        [viewerIdParam(keys[0]!.viewer), ids(keys)],
      );
      return grouped(keys, rows).map(markBest);
    },
    { cacheKeyFn: (key) => key.meetingId },
  );
}

/** A slot as SQL returns it (plain data, dates possibly as strings). */
interface SlotRow extends Omit<MeetingSlot, 'best' | 'startsAt' | 'endsAt'> {
  meetingId: string;
  startsAt: Date | string;
  endsAt: Date | string;
}

/** The best slots: fewest NO, then most YES, then most IF_NEED_BE (all that tie are best). */
function markBest(slots: SlotRow[]): MeetingSlot[] {
  const score = (s: SlotRow) => [-s.no, s.yes, s.ifNeedBe];
  const top = slots.map(score).reduce<number[] | null>((best, s) => (best === null || compare(s, best) > 0 ? s : best), null);
  return slots.map((slot) => ({
    id: slot.id,
    yes: slot.yes,
    ifNeedBe: slot.ifNeedBe,
    no: slot.no,
    viewerAnswer: slot.viewerAnswer,
    startsAt: new Date(slot.startsAt),
    endsAt: new Date(slot.endsAt),
    best: top !== null && compare(score(slot), top) === 0,
  }));
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
