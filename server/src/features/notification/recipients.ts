import type { MemberViewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { viewerFromColumns, type ViewerColumns } from '../session/session.service.js';
import type { DigestFrequency } from './notification-kind.js';

/** A member to be mailed about notifications: the address, how they want mail, and who they are when reading. */
export interface Recipient {
  email: string;
  /** The member as a reader, to ask a subject's source what they may see of it (no session behind it). */
  viewer: MemberViewer;
  mentionEmails: boolean;
  digest: DigestFrequency;
  digestWeekday: number;
}

interface RecipientRow extends ViewerColumns {
  email: string;
  mention_emails: boolean;
  digest: DigestFrequency;
  digest_weekday: number;
}

/** Mail goes from no session: a viewer built from the account has this as its session id. */
export const NO_SESSION = 'notification-mail';

/**
 * Active members among `userIds` with their mail preferences (defaults where they chose none), in one statement.
 * Suspended and deleted accounts get no mail.
 */
export async function loadRecipients(em: Em, userIds: readonly string[]): Promise<Map<string, Recipient>> {
  if (userIds.length === 0) return new Map();
  const rows = await em.execute<RecipientRow[]>(
    `select u.id as user_id, u.email, u.network_role, u.country_code, u.coordinator_of, u.expert_id, x.municipality_id, u.totp_enabled,
        array(select e.organisation_id::text from organisation_editor e where e.user_id = u.id order by 1) as editor_of,
        coalesce(p.mention_emails, true) as mention_emails, coalesce(p.digest, 'DAILY') as digest,
        coalesce(p.digest_weekday, 1)::int as digest_weekday
      from app_user u left join notification_preference p on p.user_id = u.id left join expert x on x.id = u.expert_id
      where u.id = any(?::uuid[]) and u.status = 'ACTIVE' and u.deleted_at is null`,
    [uuidArray(userIds)],
  );
  return new Map(rows.map((row) => [row.user_id, toRecipient(row)]));
}

function toRecipient(row: RecipientRow): Recipient {
  return {
    email: row.email,
    viewer: viewerFromColumns(row, NO_SESSION),
    mentionEmails: row.mention_emails,
    digest: row.digest,
    digestWeekday: row.digest_weekday,
  };
}

/** A PostgreSQL array literal of uuids (bound as one parameter, cast with `::uuid[]`). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
