import { agendaTimes } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import { registerLiveStatePart } from './meeting-live-state.parts.js';
import type { MeetingAgenda } from './agenda.types.js';

/** The agenda of meeting `m` with its pointer, as one JSON value (the live state's part and `Meeting.agenda`). */
export const AGENDA_SQL = `select json_build_object('version', m.agenda_version, 'currentItemId', m.current_item_id,
    'currentStartedAt', m.current_item_started_at, 'extraMinutes', m.current_item_extra_minutes,
    'items', coalesce((select json_agg(json_build_object('id', a.id, 'position', a.position, 'title', a.title,
        'plannedMinutes', a.planned_minutes, 'fixedStartsAt', a.fixed_starts_at, 'presenterId', a.presenter_id,
        'presenterName', coalesce(px.full_name, 'A member'), 'presenterCountryCode', trim(pu.country_code),
        'links', a.links, 'startedAt', a.started_at, 'endedAt', a.ended_at) order by a.position)
      from meeting_agenda_item a left join app_user pu on pu.id = a.presenter_id left join expert px on px.id = pu.expert_id
     where a.meeting_id = m.id), '[]'::json))`;

registerLiveStatePart({ key: 'agenda', sql: AGENDA_SQL });

export interface AgendaJson {
  version: number;
  currentItemId: string | null;
  currentStartedAt: string | null;
  extraMinutes: number;
  items: {
    id: string;
    position: number;
    title: string;
    plannedMinutes: number;
    fixedStartsAt: string | null;
    presenterId: string | null;
    presenterName: string;
    presenterCountryCode: string | null;
    links: { url: string; label: string | null }[];
    startedAt: string | null;
    endedAt: string | null;
  }[];
}

const date = (value: string | null) => (value ? new Date(value) : null);

/** The agenda's JSON as GraphQL objects, each item's times computed from the meeting's start (SQL-free). */
export function agendaOf(json: AgendaJson, startsAt: Date | null): MeetingAgenda {
  const timings = json.items.map((item) => ({ plannedMinutes: item.plannedMinutes, fixedStartsAt: date(item.fixedStartsAt) }));
  const { slots } = startsAt ? agendaTimes(startsAt, null, timings) : { slots: [] };
  const items = json.items.map((item, index) => ({
    id: item.id,
    position: item.position,
    title: item.title,
    plannedMinutes: item.plannedMinutes,
    fixedStartsAt: date(item.fixedStartsAt),
    startsAt: slots[index]?.startsAt ?? null,
    endsAt: slots[index]?.endsAt ?? null,
    presenter: item.presenterId ? { userId: item.presenterId, name: item.presenterName, countryCode: item.presenterCountryCode } : null,
    links: item.links.map((link) => ({ url: link.url, label: link.label ?? null })),
    startedAt: date(item.startedAt),
    endedAt: date(item.endedAt),
  }));
  const current = items.find((item) => item.id === json.currentItemId);
  const startedAt = date(json.currentStartedAt);
  const nowDiscussing =
    current && startedAt
      ? {
          itemId: current.id,
          position: current.position,
          startedAt,
          extraMinutes: json.extraMinutes,
          plannedEndsAt: new Date(startedAt.getTime() + (current.plannedMinutes + json.extraMinutes) * 60_000),
        }
      : null;
  return { version: json.version, items, nowDiscussing };
}

/** `Meeting.agenda` outside the live state: one statement. */
export async function readAgenda(em: Em, meetingId: string): Promise<MeetingAgenda> {
  const [row] = await em.execute<{ agenda: AgendaJson; starts_at: Date | null }[]>(
    `select (${AGENDA_SQL}) as agenda, m.starts_at from meeting m where m.id = ?`,
    [meetingId],
  );
  return agendaOf(row!.agenda, row!.starts_at && new Date(row!.starts_at));
}
