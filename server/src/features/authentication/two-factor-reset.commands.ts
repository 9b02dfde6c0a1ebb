import { isMember } from '../../core/auth.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { topic } from '../../core/pubsub.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { audit } from '../audit/audit.service.js';
import { memberAbilities, membersAbilities } from '../member/member.policy.js';
import { User } from '../user/user.entity.js';
import { forgetSecondFactor } from './two-factor.commands.js';
import { twoFactorMail } from './two-factor-mail.js';

/**
 * A member who lost their authenticator asks an admin to turn the second factor off; they set it up again
 * after signing in with their password. Admins (with two-factor themselves) only, never for their own account.
 * Audited; the member is mailed, so a reset they did not ask for does not go unnoticed.
 */
export async function resetTwoFactor(deps: CommandDeps, rawUserId: string): Promise<void> {
  const viewer = deps.actor;
  if (!isMember(viewer)) throw new Unauthenticated();
  membersAbilities.authorize(viewer, 'resetTwoFactor');
  const userId = parseUuid(rawUserId, 'userId');
  await runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await em.findOne(User, { id: userId, deletedAt: null });
    if (!user) throw new NotFound('The member');
    memberAbilities.authorize(viewer, 'resetTwoFactor', user);
    forgetSecondFactor(user);
    await audit(em, { action: 'TOTP_RESET', actorId: viewer.userId, subjectType: 'user', subjectId: user.id });
    uow.record('mail', twoFactorMail(uow.config, user.email, 'RESET'));
    uow.publish(topic('user', user.id), { kind: 'ACCOUNT_CHANGED' });
  });
}
