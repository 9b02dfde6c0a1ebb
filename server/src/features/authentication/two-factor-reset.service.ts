import { isMember } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { Forbidden, NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { audit } from '../audit/audit.service.js';
import { User } from '../user/user.entity.js';
import { isAdmin } from '../user/user.policy.js';
import { tellOwner } from './two-factor.service.js';

/**
 * A member who lost their authenticator asks an admin to turn the second factor off; they set it up again
 * after signing in with their password. Admins (with two-factor themselves) only, never for their own account
 * (that would turn a stolen admin session into a way round the admin's own second factor). Audited; the member
 * is mailed, so a reset they did not ask for does not go unnoticed.
 */
export async function resetTwoFactor(ctx: Context, rawUserId: string): Promise<void> {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  const viewer = ctx.viewer;
  if (!isAdmin(viewer)) throw new Forbidden('Only admins with two-factor authentication reset it for others');
  const userId = parseUuid(rawUserId, 'userId');
  if (userId === viewer.userId) throw new Forbidden('You cannot reset your own two-factor authentication; turn it off with your password');
  const email = await ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId, deletedAt: null });
    if (!user) throw new NotFound('The member');
    user.totpEnabled = false;
    user.totpSecret = null;
    user.totpLastStep = null;
    user.recoveryCodeHashes = [];
    await audit(em, { action: 'TOTP_RESET', actorId: viewer.userId, subjectType: 'user', subjectId: user.id });
    return user.email;
  });
  await tellOwner(ctx, email, userId, 'RESET');
}
