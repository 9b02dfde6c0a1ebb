import { isMember } from '../../core/auth.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from '../session/session.service.js';
import { memberAbilities } from './member.policy.js';
import { Member } from './member.type.js';

/**
 * Suspension ends every session of the member at once: the sessions are revoked in the transaction,
 * and their sockets (on every process) close when its event, recorded in the outbox, goes out after the commit.
 */
export async function suspendMember(deps: CommandDeps, id: string): Promise<Member> {
  const actorId = actingAdmin(deps);
  const outcome = await runCommand(deps, async (uow) => {
    const { em } = uow;
    const user = await findAccount(em, id);
    memberAbilities.authorize(deps.actor, 'suspend', user);
    const wasSuspended = user.status === 'SUSPENDED';
    user.status = 'SUSPENDED';
    const revoked = await revokeSessions(em, { userId: user.id });
    // Suspending twice changes nothing, so it is recorded once.
    if (!wasSuspended) {
      await audit(em, {
        action: 'MEMBER_SUSPENDED',
        actorId,
        subjectType: 'user',
        subjectId: user.id,
        details: { sessionsRevoked: revoked.length },
      });
    }
    if (revoked.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: revoked });
    return { user, revoked };
  });
  return new Member(outcome.user);
}

export async function reactivateMember(deps: CommandDeps, id: string): Promise<Member> {
  const actorId = actingAdmin(deps);
  const account = await deps.em.transactional(async (em) => {
    const user = await findAccount(em, id);
    if (user.status !== 'SUSPENDED') return user;
    // Someone suspended before accepting their invitation has no password yet: they go back to waiting.
    user.status = user.passwordHash ? 'ACTIVE' : 'INVITED';
    await audit(em, { action: 'MEMBER_REACTIVATED', actorId, subjectType: 'user', subjectId: user.id });
    return user;
  });
  return new Member(account);
}

export function actingAdmin({ actor }: CommandDeps): string {
  if (!isMember(actor)) throw new Unauthenticated();
  return actor.userId;
}

/** Deleted accounts cannot be suspended or brought back: their personal data is gone. */
export async function findAccount(em: Em, id: string): Promise<User> {
  const user = await em.findOne(User, { id: parseUuid(id, 'id'), deletedAt: null }, { populate: ['expert', 'country'] });
  if (!user) throw new NotFound('The member');
  return user;
}
