import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { Unauthenticated } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { clearedSessionCookieHeader } from '../session/session-cookie.js';
import { revokeSessions } from '../session/session.service.js';
import { PasswordReset } from '../authentication/password-reset.entity.js';
import { confirmPassword } from '../authentication/change-password.service.js';
import { User } from '../user/user.entity.js';

/**
 * "Delete my account". The expert profile and its contacts are deleted. The account row stays, stripped of
 * everything that identifies or reaches the person, because audit entries and invitations refer to its id;
 * it can never sign in again: no password, a placeholder email that cannot receive mail, suspended, no sessions.
 * Authored content (forum posts, meeting notes) does not exist yet: when it does, anonymise it here, in this
 * transaction, showing its author as "Former member" rather than deleting what others replied to.
 */
export async function deleteMyAccount(ctx: Context, password: string): Promise<void> {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  const { userId } = ctx.viewer;
  await runCommand(commandDeps(ctx), async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, userId, { populate: ['expert', 'editorOf'] });
    await confirmPassword(ctx, user, password);
    const expert = user.expert?.getEntity() ?? null;
    user.expert = null;
    // The profile goes with its contacts; its roles and feed entries cascade in the database.
    if (expert) em.remove(expert);
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
  ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
}
