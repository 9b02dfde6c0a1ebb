import { agendaTimes, type AgendaTimeProblem } from '@strom/shared';
import { BadUserInput, Conflict } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { signedInActor } from '../forum/thread.commands.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { ExtendAgendaItemInput, MoveAgendaInput, SaveAgendaInput } from './agenda.inputs.js';
import { recordMeetingEvent } from './meeting-events.js';
import { lockForHost, requireLive } from './meeting-run.commands.js';

const PROBLEMS: Record<AgendaTimeProblem['problem'], string> = {
  NOT_POSITIVE: 'An item needs at least one planned minute',
  BEFORE_START: 'An item cannot start before the meeting does',
  OVERLAPS: 'This item’s fixed start falls before the item before it ends',
  AFTER_END: 'The agenda runs past the meeting’s end: shorten it or end the meeting later',
};

interface MeetingTimes {
  starts_at: Date | null;
  ends_at: Date | null;
  agenda_version: number;
}

/**
 * Replaces a meeting's agenda with the host's list, in its order (new items keep the client's ids, so a retry is a
 * no-op). Optimistic: a version other than the current one is a CONFLICT whose message says so and whose
 * `extensions.agenda` carries the current agenda's version; times that are negative, overlap or run past the end,
 * and presenters who do not take part, are refused. The pointer stays on its item if the item stays.
 */
export async function saveMeetingAgenda(deps: CommandDeps, input: SaveAgendaInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, input.meetingId);
    const { em } = uow;
    const [meeting] = await em.execute<MeetingTimes[]>(`select starts_at, ends_at, agenda_version from meeting where id = ?`, [access.id]);
    if (meeting!.agenda_version !== input.expectedVersion) throw agendaConflict(meeting!.agenda_version);
    const items: Item[] = input.items.map((item, index) => ({
      id: parseUuid(item.id, `input.items.${index}.id`),
      title: item.title.trim(),
      plannedMinutes: item.plannedMinutes,
      fixedStartsAt: item.fixedStartsAt ?? null,
      presenterId: item.presenterId ?? null,
      links: item.links,
    }));
    if (new Set(items.map((item) => item.id)).size !== items.length) throw BadUserInput.field('input.items', 'Each item needs its own id');
    checkAgendaTimes(meeting!, items);
    await checkPresenters(uow, access.id, items);
    await guardTexts(
      uow,
      actor,
      items.map((item, i) => ({ field: `items.${i}.title`, text: item.title })),
      input.confirmations,
      {
        type: 'meeting',
        id: access.id,
      },
    );
    await writeItems(uow, access.id, items);
    const version = meeting!.agenda_version + 1;
    await em.execute(`update meeting set agenda_version = ? where id = ?`, [version, access.id]);
    await recordMeetingEvent(uow, access.id, 'AGENDA_CHANGED', { version, itemCount: items.length });
    await audit(em, {
      action: 'MEETING_AGENDA_SAVED',
      actorId: actor.userId,
      subjectType: 'meeting',
      subjectId: access.id,
      details: { items: items.length, version },
    });
    return access.id;
  });
}

function agendaConflict(current: number): Conflict {
  const error = new Conflict(`Another host saved the agenda meanwhile (now version ${current}): your list is shown beside theirs`);
  Object.assign(error.extensions, { agendaVersion: current });
  return error;
}

/** An item as saved: the input's, with its id parsed and its title trimmed. */
interface Item {
  id: string;
  title: string;
  plannedMinutes: number;
  fixedStartsAt: Date | null;
  presenterId: string | null;
  links: readonly { url: string; label?: string | null }[];
}

function checkAgendaTimes(meeting: MeetingTimes, items: readonly Item[]): void {
  for (const [index, item] of items.entries())
    if (item.plannedMinutes <= 0) throw BadUserInput.field(`input.items.${index}.plannedMinutes`, PROBLEMS.NOT_POSITIVE);
  if (!meeting.starts_at) {
    if (items.some((item) => item.fixedStartsAt))
      throw BadUserInput.field('input.items', 'The meeting has no date yet: fixed starts come once it has one');
    return;
  }
  const { problem } = agendaTimes(
    new Date(meeting.starts_at),
    meeting.ends_at && new Date(meeting.ends_at),
    items.map((item) => ({ plannedMinutes: item.plannedMinutes, fixedStartsAt: item.fixedStartsAt ?? null })),
  );
  if (problem) {
    const field = problem.problem === 'AFTER_END' ? 'plannedMinutes' : 'fixedStartsAt';
    throw BadUserInput.field(`input.items.${problem.index}.${field}`, PROBLEMS[problem.problem]);
  }
}

/** Presenters are hosts or invited participants who have not declined. */
async function checkPresenters(uow: UnitOfWork, meetingId: string, items: readonly Item[]): Promise<void> {
  const ids = [
    ...new Set(items.flatMap((item, i) => (item.presenterId ? [parseUuid(item.presenterId, `input.items.${i}.presenterId`)] : []))),
  ];
  if (ids.length === 0) return;
  const rows = await uow.em.execute<{ user_id: string }[]>(
    `select user_id from meeting_participant where meeting_id = ? and user_id = any(?::uuid[]) and status <> 'DECLINED'
     union select user_id from meeting_host where meeting_id = ? and user_id = any(?::uuid[])`,
    [meetingId, `{${ids.join(',')}}`, meetingId, `{${ids.join(',')}}`],
  );
  const known = new Set(rows.map((row) => row.user_id));
  const index = items.findIndex((item) => item.presenterId && !known.has(item.presenterId.toLowerCase()));
  if (index >= 0) throw BadUserInput.field(`input.items.${index}.presenterId`, 'The presenter must take part in the meeting');
}

async function writeItems(uow: UnitOfWork, meetingId: string, items: readonly Item[]): Promise<void> {
  const { em } = uow;
  const ids = `{${items.map((item) => item.id).join(',')}}`;
  await em.execute(`delete from meeting_agenda_item where meeting_id = ? and not (id = any(?::uuid[]))`, [meetingId, ids]);
  for (const [position, item] of items.entries()) {
    const links = JSON.stringify(item.links.map((link) => ({ url: link.url.trim(), label: link.label?.trim() || null })));
    const params = [item.title, item.plannedMinutes, item.fixedStartsAt ?? null, item.presenterId ?? null, links, position];
    const [updated] = await em.execute<{ id: string }[]>(
      `update meeting_agenda_item set title = ?, planned_minutes = ?, fixed_starts_at = ?, presenter_id = ?, links = ?::jsonb,
              position = ? where id = ? and meeting_id = ? returning id`,
      [...params, item.id, meetingId],
    );
    if (updated) continue;
    const [taken] = await em.execute(`select 1 from meeting_agenda_item where id = ?`, [item.id]);
    if (taken) throw BadUserInput.field(`input.items.${position}.id`, 'This id belongs to another meeting’s item');
    await em.execute(
      `insert into meeting_agenda_item (title, planned_minutes, fixed_starts_at, presenter_id, links, position, id, meeting_id)
       values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
      [...params, item.id, meetingId],
    );
  }
}

interface PointerRow {
  current_item_id: string | null;
  current_item_started_at: Date | null;
  current_item_extra_minutes: number;
}

interface ItemRow {
  id: string;
  position: number;
  title: string;
  planned_minutes: number;
}

/**
 * Moves "now discussing" one item on or back, from the item the host sees: if the pointer is already elsewhere
 * (another host moved it, or this is a retry), nothing changes. The item left behind is closed with its overrun;
 * the new one's timer starts now. On from the last item, the agenda is through (no current item).
 */
export async function moveMeetingAgenda(deps: CommandDeps, input: MoveAgendaInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, input.meetingId);
    requireLive(access);
    const { em, now } = uow;
    const fromItemId = input.fromItemId ? parseUuid(input.fromItemId, 'input.fromItemId') : null;
    const [pointer] = await em.execute<PointerRow[]>(
      `select current_item_id, current_item_started_at, current_item_extra_minutes from meeting where id = ?`,
      [access.id],
    );
    if ((pointer!.current_item_id ?? null) !== fromItemId) return access.id;
    const items = await em.execute<ItemRow[]>(
      `select id, position, title, planned_minutes from meeting_agenda_item where meeting_id = ? order by position`,
      [access.id],
    );
    if (items.length === 0) throw new Conflict('The agenda is empty: add items first');
    const target = targetItem(items, fromItemId, input.direction, pointer!.current_item_started_at !== null);
    const at = items.findIndex((item) => item.id === fromItemId);
    const previous = at >= 0 ? items[at]! : null;
    const overrun = previous ? overrunSeconds(previous, pointer!, now) : 0;
    if (previous) await em.execute(`update meeting_agenda_item set ended_at = ? where id = ?`, [now, previous.id]);
    if (target) await em.execute(`update meeting_agenda_item set started_at = ?, ended_at = null where id = ?`, [now, target.id]);
    await em.execute(`update meeting set current_item_id = ?, current_item_started_at = ?, current_item_extra_minutes = 0 where id = ?`, [
      target?.id ?? null,
      now,
      access.id,
    ]);
    await recordMeetingEvent(uow, access.id, 'AGENDA_ADVANCED', {
      currentItemId: target?.id ?? null,
      currentPosition: target?.position ?? null,
      currentTitle: target?.title ?? null,
      startedAt: now.toISOString(),
      currentPlannedEndsAt: target ? new Date(now.getTime() + target.planned_minutes * 60_000).toISOString() : null,
      previousItemId: previous?.id ?? null,
      previousOverrunSeconds: overrun,
    });
    return access.id;
  });
}

/**
 * Where the pointer goes. Without a current item it is either before the first (never started: NEXT takes up the
 * first) or through (started: PREVIOUS takes up the last again).
 */
function targetItem(
  items: ItemRow[],
  fromItemId: string | null,
  direction: MoveAgendaInput['direction'],
  started: boolean,
): ItemRow | null {
  const at = items.findIndex((item) => item.id === fromItemId);
  if (at < 0) {
    if (direction === 'NEXT' && !started) return items[0]!;
    if (direction === 'PREVIOUS' && started) return items.at(-1)!;
    throw new Conflict(
      direction === 'NEXT' ? 'The agenda is through; go back to take up an item again' : 'There is no item before the first',
    );
  }
  if (direction === 'NEXT') return items[at + 1] ?? null;
  if (at === 0) throw new Conflict('There is no item before the first');
  return items[at - 1]!;
}

function overrunSeconds(item: ItemRow, pointer: PointerRow, now: Date): number {
  if (!pointer.current_item_started_at) return 0;
  const plannedEnd =
    new Date(pointer.current_item_started_at).getTime() + (item.planned_minutes + pointer.current_item_extra_minutes) * 60_000;
  return Math.max(0, Math.round((now.getTime() - plannedEnd) / 1000));
}

/** More time for the item under discussion (CONFLICT when the pointer has moved on from it). */
export async function extendMeetingAgendaItem(deps: CommandDeps, input: ExtendAgendaItemInput): Promise<string> {
  const actor = signedInActor(deps);
  return runCommand(deps, async (uow) => {
    const access = await lockForHost(uow, actor, input.meetingId);
    requireLive(access);
    const itemId = parseUuid(input.itemId, 'input.itemId');
    const [row] = await uow.em.execute<(PointerRow & { planned_minutes: number })[]>(
      `select m.current_item_id, m.current_item_started_at, m.current_item_extra_minutes, a.planned_minutes
         from meeting m join meeting_agenda_item a on a.id = m.current_item_id where m.id = ?`,
      [access.id],
    );
    if (!row || row.current_item_id !== itemId) throw new Conflict('The agenda has moved on from this item');
    const extraMinutes = row.current_item_extra_minutes + input.minutes;
    await uow.em.execute(`update meeting set current_item_extra_minutes = ? where id = ?`, [extraMinutes, access.id]);
    const plannedEndsAt = new Date(new Date(row.current_item_started_at!).getTime() + (row.planned_minutes + extraMinutes) * 60_000);
    await recordMeetingEvent(uow, access.id, 'AGENDA_EXTENDED', { itemId, extraMinutes, plannedEndsAt: plannedEndsAt.toISOString() });
    return access.id;
  });
}
