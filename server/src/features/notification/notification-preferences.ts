import type { MemberViewer } from '../../core/auth.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { notificationAbilities } from './notification.policy.js';
import type { UpdateNotificationPreferencesInput } from './notification.inputs.js';
import type { NotificationPreferences } from './notification.types.js';

export async function updateNotificationPreferences(
  deps: CommandDeps,
  input: UpdateNotificationPreferencesInput,
): Promise<NotificationPreferences> {
  notificationAbilities.authorize(deps.actor, 'manageOwn');
  const { userId } = deps.actor as MemberViewer;
  await runCommand(deps, (uow) =>
    uow.em.execute(
      `insert into notification_preference (user_id, mention_emails, digest, digest_weekday) values (?, ?, ?, ?)
        on conflict (user_id) do update
          set mention_emails = excluded.mention_emails, digest = excluded.digest, digest_weekday = excluded.digest_weekday`,
      [userId, input.mentionEmails, input.digest, input.digestWeekday],
    ),
  );
  return { mentionEmails: input.mentionEmails, digest: input.digest, digestWeekday: input.digestWeekday };
}

/** The member's choices, or the defaults (mentions at once, a daily digest) while they made none. */
export async function readNotificationPreferences(em: Em, userId: string): Promise<NotificationPreferences> {
  const [row] = await em.execute<{ mention_emails: boolean; digest: NotificationPreferences['digest']; digest_weekday: number }[]>(
    `select mention_emails, digest, digest_weekday::int as digest_weekday from notification_preference where user_id = ?`,
    [userId],
  );
  return row
    ? { mentionEmails: row.mention_emails, digest: row.digest, digestWeekday: row.digest_weekday }
    : { mentionEmails: true, digest: 'DAILY', digestWeekday: 1 };
}
