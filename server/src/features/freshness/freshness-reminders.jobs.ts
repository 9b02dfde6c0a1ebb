import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { notify, type Notice } from '../notification/notify.js';
import { CONFIRMATION_INTERVAL } from './freshness.js';

/** How many records one run reminds about; the next day's run takes the rest. */
const BATCH = 500;

/**
 * Daily: organisations and profiles not confirmed for a year ask their editors (an organisation's editors, a
 * profile's owner) to confirm or update them. Each record is claimed in the run's transaction (`for update skip
 * locked`, then marked reminded), so two processes never remind twice; confirming or editing starts the year again.
 */
export const freshnessReminders: ScheduledJob = {
  name: 'freshness.reminders',
  cron: '23 5 * * *',
  run: async (deps) => void (await sendFreshnessReminders(deps)),
};

/** Sends the reminders due now; returns how many records were due. */
export async function sendFreshnessReminders(deps: CommandDeps): Promise<number> {
  return runCommand(deps, async (uow) => {
    const organisations = await claim(uow, 'organisation', `status = 'ACTIVE'`);
    const profiles = await claim(uow, 'expert', 'true');
    const editors = await uow.em.execute<{ user_id: string; organisation_id: string }[]>(
      `select e.user_id, e.organisation_id from organisation_editor e join app_user u on u.id = e.user_id
        where e.organisation_id = any(?::uuid[]) and u.deleted_at is null and u.status = 'ACTIVE'`,
      [`{${organisations.map((o) => o.id).join(',')}}`],
    );
    const owners = await uow.em.execute<{ user_id: string; expert_id: string }[]>(
      `select u.id as user_id, u.expert_id from app_user u where u.expert_id = any(?::uuid[]) and u.deleted_at is null and u.status = 'ACTIVE'`,
      [`{${profiles.map((p) => p.id).join(',')}}`],
    );
    const due = new Map([...organisations, ...profiles].map((record) => [record.id, record.last_confirmed_at]));
    const notice = (recipientId: string, type: string, id: string): Notice => ({
      recipientId,
      kind: 'CONFIRM_RECORD',
      subject: { type, id },
      context: null,
      actorId: null,
      key: `confirm-record:${id}:${new Date(due.get(id)!).toISOString()}`,
    });
    await notify(uow, [
      ...editors.map((row) => notice(row.user_id, 'organisation', row.organisation_id)),
      ...owners.map((row) => notice(row.user_id, 'profile', row.expert_id)),
    ]);
    return due.size;
  });
}

async function claim(uow: UnitOfWork, table: 'organisation' | 'expert', condition: string) {
  return uow.em.execute<{ id: string; last_confirmed_at: string | Date }[]>(
    `update ${table} set confirmation_reminded_at = ?::timestamptz
      where id in (select id from ${table}
                    where ${condition} and last_confirmed_at < ?::timestamptz - ${CONFIRMATION_INTERVAL}
                      and (confirmation_reminded_at is null or confirmation_reminded_at < last_confirmed_at)
                    order by last_confirmed_at, id limit ${BATCH} for update skip locked)
      returning id, last_confirmed_at`,
    [uow.now.toISOString(), uow.now.toISOString()],
  );
}
