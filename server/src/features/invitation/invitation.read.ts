import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import { statusWhere } from './invitation-status.js';
import { Invitation } from './invitation.entity.js';
import type { InvitationStatus } from './invitation.enums.js';
import type { approvableBy } from './invitation.policy.js';

/** Newest first, within the countries the caller may see (decided by the policy, passed in). */
export async function findInvitations(
  em: Em,
  countries: 'ALL' | string[],
  status: InvitationStatus | null | undefined,
  page: ConnectionArgs,
): Promise<ConnectionShape<Invitation>> {
  const conditions = [countries === 'ALL' ? null : { country: { $in: countries } }, status ? statusWhere(status) : null].filter(
    (c) => c !== null,
  );
  const result = await em.findByCursor(Invitation, {
    where: conditions.length > 0 ? { $and: conditions } : {},
    first: page.first,
    after: checkCursor(page.after, ['datetime', 'uuid']),
    orderBy: { createdAt: 'desc', id: 'desc' },
  });
  return toConnection(result);
}

/** How many invitations wait for this reviewer: one count over what they may approve (decided by the policy). */
export function countAwaitingApproval(em: Em, approvable: ReturnType<typeof approvableBy>): Promise<number> {
  const { countries, roles } = approvable;
  return em.count(Invitation, {
    $and: [
      statusWhere('AWAITING_APPROVAL'),
      countries === 'ALL' ? {} : { country: { $in: countries } },
      roles === 'ALL' ? {} : { networkRole: { $in: [...roles] } },
    ],
  });
}
