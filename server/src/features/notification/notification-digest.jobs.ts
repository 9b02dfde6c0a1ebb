import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { subjectKey, type SubjectSummary } from '../../core/subjects.js';
import { digestMail } from './notification-mail.js';
import { loadRecipients, uuidArray } from './recipients.js';

/** Digests go out from this hour (UTC) on: the morning across the region (UTC+1 to UTC+3). */
export const DIGEST_HOUR_UTC = 6;
/** A digest lists at most this many notifications; the rest wait on the notifications page. */
const DIGEST_MAX = 200;

/**
 * Hourly, so a run missed by a restart is made up by the next: each member whose digest is due today gets one
 * mail of their unread notifications not yet mailed or digested, about things they may still see.
 */
export const notificationDigest: ScheduledJob = {
  name: 'notification.digest',
  cron: '7 * * * *',
  run: async (deps) => void (await sendDigests(deps)),
};

/** Sends the digests due now; returns how many members got one. */
export async function sendDigests(deps: CommandDeps): Promise<number> {
  const now = deps.clock.now();
  if (now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
  const period = now.toISOString().slice(0, 10);
  const weekday = ((now.getUTCDay() + 6) % 7) + 1;
  const due = await deps.em.execute<{ user_id: string }[]>(
    `select distinct n.recipient_id as user_id
       from notification n left join notification_preference p on p.user_id = n.recipient_id
      where n.read_at is null and n.digested_at is null and n.emailed_at is null
        and ${DUE_PREFERENCE('p')} and (p.last_digest_period is null or p.last_digest_period < ?::date)`,
    [weekday, period],
  );
  let sent = 0;
  for (const { user_id: userId } of due) {
    if (await runCommand({ ...deps, em: deps.em.fork() }, (uow) => sendDigest(uow, userId, period, weekday))) sent++;
  }
  return sent;
}

/** A member whose digest is due today (no preference row: the daily default). */
const DUE_PREFERENCE = (p: string) => `(coalesce(${p}.digest, 'DAILY') = 'DAILY' or (${p}.digest = 'WEEKLY' and ${p}.digest_weekday = ?))`;

/**
 * One member's digest, in one transaction: what they may see is gathered first, then the period is claimed (a
 * conditional upsert: a second run, in this process or another, waits for this one's commit and then finds the
 * period taken), the mail recorded under a key of the member and the day, and what it lists marked digested. A
 * member with nothing visible to list claims nothing, so a notification later that day still makes its digest.
 */
async function sendDigest(uow: UnitOfWork, userId: string, period: string, weekday: number): Promise<boolean> {
  const recipient = (await loadRecipients(uow.em, [userId])).get(userId);
  if (!recipient) return false;
  const rows = await uow.em.execute<{ id: string; subject_type: string; subject_id: string }[]>(
    `select id, subject_type, subject_id from notification
      where recipient_id = ? and read_at is null and digested_at is null and emailed_at is null
      order by created_at desc, id desc limit ?`,
    [userId, DIGEST_MAX],
  );
  const refs = rows.map((row) => ({ type: row.subject_type, id: row.subject_id }));
  const summaries = await uow.subjects.summarise(uow.em, recipient.viewer, refs);
  const listed = new Map<string, { summary: SubjectSummary; count: number }>();
  const digested: string[] = [];
  for (const [index, row] of rows.entries()) {
    const key = subjectKey(refs[index]!);
    const summary = summaries.get(key);
    if (!summary) continue;
    const entry = listed.get(key) ?? { summary, count: 0 };
    entry.count++;
    listed.set(key, entry);
    digested.push(row.id);
  }
  if (digested.length === 0) return false;
  const [claim] = await uow.em.execute<{ digest: 'DAILY' | 'WEEKLY' }[]>(
    `insert into notification_preference as p (user_id, last_digest_period) values (?, ?::date)
       on conflict (user_id) do update set last_digest_period = excluded.last_digest_period
       where (p.last_digest_period is null or p.last_digest_period < excluded.last_digest_period) and ${DUE_PREFERENCE('p')}
       returning p.digest`,
    [userId, period, weekday],
  );
  if (!claim) return false;
  uow.record('mail', digestMail(uow.config, recipient.email, claim.digest, [...listed.values()]), `digest:${userId}:${period}`);
  await uow.em.execute(`update notification set digested_at = ?::timestamptz where id = any(?::uuid[])`, [
    uow.now.toISOString(),
    uuidArray(digested),
  ]);
  return true;
}
