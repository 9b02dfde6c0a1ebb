import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { BACKGROUND_QUERIES } from '../../db/orm.js';
import type { UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { notify } from '../notification/notify.js';
import { loadRecipients } from '../notification/recipients.js';
import { reminderMail } from './meeting-mail.js';

/** Reminders owed now (bind the time twice): due, not sent, of a scheduled meeting that has not started. */
const DUE = `select r.meeting_id, r.offset_minutes from meeting_reminder r join meeting m on m.id = r.meeting_id
  where r.sent_at is null and r.due_at <= ?::timestamptz and m.status = 'SCHEDULED' and m.starts_at > ?::timestamptz`;

/** Reminders claimed per run; the next minute takes the rest. */
const BATCH = 200;

interface DueReminder {
  meeting_id: string;
  offset_minutes: number;
  due_at: Date;
  title: string;
  starts_at: Date;
  time_zone: string;
  audience: string[];
}

/**
 * Every minute: claims the reminders that are due (one UPDATE, so however many processes run, each reminder is
 * claimed by one and only once; `skip locked` lets a second process take other rows meanwhile) and, in the same
 * transaction, notifies in-app and records the e-mails. A rolled-back run leaves them owed.
 */
export const meetingReminders: ScheduledJob = {
  name: 'meeting.reminders',
  cron: '* * * * *',
  run: async (deps) => {
    // Most minutes nothing is due: one quiet read, not a transaction, every minute in every process.
    const [due] = await deps.em.execute<{ any: boolean }[]>(
      `select exists (${DUE}) as any`,
      [deps.clock.now().toISOString(), deps.clock.now().toISOString()],
      'all',
      BACKGROUND_QUERIES,
    );
    if (due?.any) await runCommand(deps, sendDueReminders);
  },
};

export async function sendDueReminders(uow: UnitOfWork): Promise<number> {
  const due = await uow.em.execute<DueReminder[]>(
    `with due as (
       ${DUE}
        order by r.due_at limit ? for update of r skip locked)
     update meeting_reminder r set sent_at = ?::timestamptz from due, meeting m
      where r.meeting_id = due.meeting_id and r.offset_minutes = due.offset_minutes and m.id = r.meeting_id
      returning r.meeting_id::text, r.offset_minutes, r.due_at, m.title, m.starts_at, m.time_zone,
        array(select p.user_id::text from meeting_participant p where p.meeting_id = m.id and p.status <> 'DECLINED'
              union select h.user_id::text from meeting_host h where h.meeting_id = m.id) as audience`,
    [uow.now.toISOString(), uow.now.toISOString(), BATCH, uow.now.toISOString()],
  );
  const recipients = await loadRecipients(uow.em, [...new Set(due.flatMap((r) => r.audience))]);
  for (const reminder of due) {
    const occurrence = `${reminder.meeting_id}:${reminder.offset_minutes}:${new Date(reminder.due_at).toISOString()}`;
    const active = reminder.audience.filter((id) => recipients.has(id));
    await notify(
      uow,
      active.map((id) => ({
        recipientId: id,
        kind: 'MEETING_REMINDER' as const,
        subject: { type: 'meeting', id: reminder.meeting_id },
        context: `meeting:${reminder.meeting_id}`,
        actorId: null,
        key: `MEETING_REMINDER:${occurrence}`,
      })),
    );
    for (const id of active)
      uow.record('mail', reminderMail(uow.config, recipients.get(id)!.email, reminder), `meeting-reminder-mail:${occurrence}:${id}`);
  }
  return due.length;
}
