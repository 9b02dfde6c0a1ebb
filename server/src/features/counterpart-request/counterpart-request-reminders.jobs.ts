import type { ScheduledJob } from '../../core/jobs/scheduled-job.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { BACKGROUND_QUERIES } from '../../db/orm.js';
import { notify } from '../notification/notify.js';
import { SUBJECT_TYPE } from './counterpart-request.commands.js';

/** Owed reminders (bind the time): unanswered for two working days (`remind_at`), not reminded, the request not closed. */
const DUE = `select x.request_id, x.user_id from counterpart_request_recipient x join counterpart_request r on r.id = x.request_id
  where x.state = 'PENDING' and x.reminded_at is null and x.remind_at <= ?::timestamptz and r.status = 'OPEN'`;

/** Reminders claimed per run; the next run takes the rest. */
const BATCH = 200;

/**
 * Every quarter hour: a recipient who has not answered a request for two working days (Mon–Fri) is reminded once.
 * The rows are claimed and marked in one UPDATE (`skip locked`), in the transaction that notifies, so however many
 * processes run, each recipient is reminded once; a rolled-back run leaves the reminder owed.
 */
export const counterpartRequestReminders: ScheduledJob = {
  name: 'counterpart-request.reminders',
  cron: '*/15 * * * *',
  run: async (deps) => {
    // Most runs nothing is due: one quiet read, not a transaction.
    const [due] = await deps.em.execute<{ any: boolean }[]>(
      `select exists (${DUE}) as any`,
      [deps.clock.now().toISOString()],
      'all',
      BACKGROUND_QUERIES,
    );
    if (due?.any) await sendCounterpartReminders(deps);
  },
};

/** Sends the reminders owed now; answers how many. */
export async function sendCounterpartReminders(deps: CommandDeps): Promise<number> {
  return runCommand(deps, async (uow) => {
    const claimed = await uow.em.execute<{ request_id: string; user_id: string }[]>(
      `with due as (${DUE} order by x.remind_at limit ? for update of x skip locked)
       update counterpart_request_recipient x set reminded_at = ?::timestamptz from due
        where x.request_id = due.request_id and x.user_id = due.user_id returning x.request_id::text, x.user_id::text`,
      [uow.now.toISOString(), BATCH, uow.now.toISOString()],
    );
    await notify(
      uow,
      claimed.map((row) => ({
        recipientId: row.user_id,
        kind: 'COUNTERPART_REQUEST_REMINDER' as const,
        subject: { type: SUBJECT_TYPE, id: row.request_id },
        context: `counterpart_request:${row.request_id}`,
        actorId: null,
        key: `COUNTERPART_REQUEST_REMINDER:${row.request_id}`,
      })),
    );
    return claimed.length;
  });
}
