import type { Em } from '../../db/orm.js';
import { pendingWhere } from './invitation-status.js';
import { Invitation } from './invitation.entity.js';

/**
 * A deleted account's invitations keep their ids (audit entries refer to them) but lose what identifies or
 * describes the person: the address becomes the account's placeholder, the note goes, and a pending one dies
 * with its link. Runs in the deletion's transaction.
 */
export async function forgetInvitationsOf(em: Em, email: string, placeholder: string): Promise<void> {
  await em.nativeUpdate(Invitation, { $and: [{ email }, pendingWhere()] }, { status: 'REVOKED', tokenHash: null });
  await em.nativeUpdate(Invitation, { email }, { email: placeholder, reason: null, tokenHash: null });
}
