import type { Em } from '../../db/orm.js';

/**
 * Lays out a meeting's reminders for its current start: one row per offset, due at start − offset. A reminder
 * whose time moved is owed again at its new time; offsets no longer
 * wanted, and every reminder of a meeting that is not SCHEDULED, are removed. Runs inside the command that
 * changed the meeting, so a rescheduled meeting never keeps a reminder at its old time.
 */
export async function planReminders(em: Em, meetingId: string, now: Date): Promise<void> {
  await em.execute(
    `delete from meeting_reminder r using meeting m
      where r.meeting_id = m.id and m.id = ? and (m.status <> 'SCHEDULED' or m.starts_at is null or not r.offset_minutes = any(m.reminder_offsets))`,
    [meetingId],
  );
  // A reminder whose time has already passed (a meeting planned at short notice) counts as sent: the invitation
  // or the rescheduling notice just told everyone.
  await em.execute(
    `insert into meeting_reminder (meeting_id, offset_minutes, due_at, sent_at)
       select m.id, o, m.starts_at - make_interval(mins => o),
              case when m.starts_at - make_interval(mins => o) <= ?::timestamptz then ?::timestamptz end
         from meeting m, unnest(m.reminder_offsets) o
        where m.id = ? and m.status = 'SCHEDULED' and m.starts_at is not null
     on conflict (meeting_id, offset_minutes) do update set due_at = excluded.due_at, sent_at = excluded.sent_at
       where meeting_reminder.due_at <> excluded.due_at`,
    [now.toISOString(), now.toISOString(), meetingId],
  );
}
