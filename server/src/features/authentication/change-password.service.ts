import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { BadUserInput, Unauthenticated } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from '../session/session.service.js';
import type { ChangePasswordInput } from './authentication.inputs.js';
import { checkNewPassword, hashPassword, passwordMatches } from './password.js';
import { User } from '../user/user.entity.js';

/** A new password ends every other session of the member: whoever knew the old one is signed out. */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<void> {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  const { userId, sessionId } = ctx.viewer;
  await runCommand(commandDeps(ctx), async (uow) => {
    const { em } = uow;
    const user = await em.findOneOrFail(User, userId);
    if (!(await passwordMatches(user.passwordHash, input.currentPassword))) {
      throw BadUserInput.field('currentPassword', 'The current password is not right');
    }
    checkNewPassword(input.newPassword, user.email, 'newPassword');
    user.passwordHash = await hashPassword(input.newPassword);
    const others = await revokeSessions(em, { userId, exceptSessionId: sessionId });
    await audit(em, { action: 'PASSWORD_CHANGED', actorId: userId, subjectType: 'user', subjectId: userId });
    if (others.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: others });
  });
}

/** Re-entering the password before a sensitive step: it can be guessed like at sign-in, so it spends the same budget. */
export async function confirmPassword(ctx: Context, user: User, password: string): Promise<void> {
  await ctx.services.limits.consume('signIn', { account: user.email, ip: ctx.request.ip });
  if (!(await passwordMatches(user.passwordHash, password))) throw BadUserInput.field('password', 'The password is not right');
}
