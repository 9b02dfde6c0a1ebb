import { LockMode } from '@mikro-orm/core';
import { isMember } from '../../core/auth.js';
import { BadUserInput, Conflict, Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from '../session/session.service.js';
import type { ChangePasswordInput } from './authentication.inputs.js';
import { checkNewPassword, hashPassword, passwordMatches } from './password.js';
import { User } from '../user/user.entity.js';

/**
 * A new password ends every other session of the member: whoever knew the old one is signed out. Guesses of the
 * current password are limited per account and IP; argon2 runs before the transaction, so its ~100 ms never
 * hold a database connection (PGlite has only one).
 */
export async function changePassword(deps: LimitedCommandDeps, input: ChangePasswordInput): Promise<void> {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  const { userId, sessionId } = deps.actor;
  await deps.limits.consume('passwordChange', { account: userId, ip: deps.client.ip });
  const { passwordHash: verifiedHash, email } = await deps.em.fork().findOneOrFail(User, userId);
  if (!(await passwordMatches(verifiedHash, input.currentPassword))) {
    throw BadUserInput.field('currentPassword', 'The current password is not right');
  }
  checkNewPassword(input.newPassword, email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Changed meanwhile (another tab, a reset link): the password just checked is not the current one any more.
    if (user.passwordHash !== verifiedHash) throw new Conflict('Your password was changed meanwhile; sign in again');
    user.passwordHash = passwordHash;
    const others = await revokeSessions(em, { userId, exceptSessionId: sessionId });
    await audit(em, { action: 'PASSWORD_CHANGED', actorId: userId, subjectType: 'user', subjectId: userId });
    if (others.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: others });
  });
  await deps.limits.reset('passwordChange', userId);
}

/** Re-entering the password before a sensitive step: it can be guessed like at sign-in, so it is limited the same way. */
export async function confirmPassword(deps: LimitedCommandDeps, user: User, password: string): Promise<void> {
  await deps.limits.consume('signIn', { ip: deps.client.ip });
  await deps.limits.awaitTurn('signIn', user.email);
  if (!(await passwordMatches(user.passwordHash, password))) {
    await deps.limits.failed('signIn', user.email);
    throw BadUserInput.field('password', 'The password is not right');
  }
}
