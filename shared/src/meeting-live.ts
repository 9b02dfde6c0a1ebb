// Running a meeting live: the agenda's limits and times, and the order the speaker queue follows. The client
// previews with the same functions the server enforces with.

export const AGENDA_ITEMS_MAX = 50;
export const AGENDA_TITLE_MAX = 200;
export const AGENDA_ITEM_MINUTES_MAX = 8 * 60;
export const AGENDA_LINKS_MAX = 5;
export const AGENDA_LINK_LABEL_MAX = 120;
export const AGENDA_EXTEND_MINUTES_MAX = 120;

/** What the agenda's times are computed from: planned minutes and an optional fixed start (after a break). */
export interface AgendaTiming {
  plannedMinutes: number;
  fixedStartsAt: Date | null;
}

export interface AgendaSlot {
  startsAt: Date;
  endsAt: Date;
}

export type AgendaTimeProblem = { index: number; problem: 'NOT_POSITIVE' | 'BEFORE_START' | 'OVERLAPS' | 'AFTER_END' };

/**
 * Each item starts where the one before ends (or at its fixed start, which may leave a gap but never go back):
 * the first problem found, or the computed times.
 */
export function agendaTimes(
  meetingStartsAt: Date,
  meetingEndsAt: Date | null,
  items: readonly AgendaTiming[],
): { slots: AgendaSlot[]; problem: AgendaTimeProblem | null } {
  const slots: AgendaSlot[] = [];
  let cursor = meetingStartsAt.getTime();
  for (const [index, item] of items.entries()) {
    if (!Number.isInteger(item.plannedMinutes) || item.plannedMinutes <= 0) return { slots, problem: { index, problem: 'NOT_POSITIVE' } };
    const fixed = item.fixedStartsAt?.getTime() ?? null;
    if (fixed !== null && fixed < meetingStartsAt.getTime()) return { slots, problem: { index, problem: 'BEFORE_START' } };
    if (fixed !== null && fixed < cursor) return { slots, problem: { index, problem: 'OVERLAPS' } };
    const start = fixed ?? cursor;
    cursor = start + item.plannedMinutes * 60_000;
    if (meetingEndsAt && cursor > meetingEndsAt.getTime()) return { slots, problem: { index, problem: 'AFTER_END' } };
    slots.push({ startsAt: new Date(start), endsAt: new Date(cursor) });
  }
  return { slots, problem: null };
}

export interface QueuedHand {
  id: string;
  countryCode: string;
  raisedAt: string;
}

/**
 * The order the waiting hands will be called in. Unbalanced: first raised, first called. Balanced by country:
 * whoever's country has spoken least so far goes first (ties by who raised first); each call counts for that
 * country, so two hands of the same country do not follow each other while another country waits with fewer turns.
 */
export function speakerOrder<T extends QueuedHand>(
  waiting: readonly T[],
  spokenByCountry: Readonly<Record<string, number>>,
  balanced: boolean,
): T[] {
  const byRaise = [...waiting].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id));
  if (!balanced) return byRaise;
  const spoken = { ...spokenByCountry };
  const order: T[] = [];
  const left = byRaise;
  while (left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) if ((spoken[left[i]!.countryCode] ?? 0) < (spoken[left[best]!.countryCode] ?? 0)) best = i;
    const [next] = left.splice(best, 1);
    order.push(next!);
    spoken[next!.countryCode] = (spoken[next!.countryCode] ?? 0) + 1;
  }
  return order;
}
