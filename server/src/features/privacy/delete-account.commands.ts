import { isMember } from '../../core/auth.js';
import { Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from '../session/session.service.js';
import { PasswordReset } from '../authentication/password-reset.entity.js';
import { confirmPassword } from '../authentication/change-password.commands.js';
import { User } from '../user/user.entity.js';
import { forgetInvitationsOf } from '../invitation/invitation-erasure.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';

/**
 * "Delete my account". The expert profile and its contacts are deleted. The account row stays, stripped of
 * everything that identifies or reaches the person, because audit entries and invitations refer to its id
 * (invitations addressed to the person are anonymised, mails waiting for them deleted);
 * it can never sign in again: no password, a placeholder email that cannot receive mail, suspended, no sessions.
 * What others read or replied to (forum posts, shared cost scenarios) stays, its author shown as "Former member"
 * through the stripped row; the member's private working copies (unshared cost scenarios) go with the account.
 */
export async function deleteMyAccount(deps: LimitedCommandDeps, password: string): Promise<void> {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  const { userId } = deps.actor;
  await runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, userId, { populate: ['expert', 'editorOf'] });
    await confirmPassword(deps, user, password);
    const expert = user.expert?.getEntity() ?? null;
    user.expert = null;
    // The profile goes with its contacts; its roles and feed entries cascade in the database.
    if (expert) em.remove(expert);
    const email = user.email;
    user.email = `deleted-${user.id}@invalid`;
    user.passwordHash = null;
    user.totpEnabled = false;
    user.totpSecret = null;
    user.totpLastStep = null;
    user.recoveryCodeHashes = [];
    user.coordinatorOf = [];
    user.editorOf.removeAll();
    user.status = 'SUSPENDED';
    user.deletedAt = new Date();
    await em.nativeDelete(PasswordReset, { user: user.id });
    // The invitation that brought the member in (address, the inviter's note) and mails not yet read by them.
    await forgetInvitationsOf(em, email, user.email);
    await em.nativeDelete(OutboxMail, { recipient: email });
    // Mail effects carry the address too, delivered (kept a week) or not: none may go out or stay behind.
    await em.execute(`delete from outbox_effect where kind = 'mail' and payload->>'to' = ?`, [email]);
    // Cost scenarios are anonymised estimates: those shared with the network stay (as a former member's), the
    // member's private working copies go with the account.
    await em.execute(`delete from cost_scenario where owner_id = ? and not shared`, [userId]);
    const sessions = await revokeSessions(em, { userId });
    await audit(em, {
      action: 'ACCOUNT_DELETED',
      actorId: userId,
      subjectType: 'user',
      subjectId: userId,
      details: { hadProfile: expert !== null },
    });
    if (sessions.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: sessions });
  });
}
