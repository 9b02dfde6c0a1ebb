import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { topic } from '../../core/pubsub.js';
import { audit } from '../audit/audit.service.js';
import type { NetworkRole } from '../user/user.enums.js';
import { actingAdmin, findAccount } from './member.commands.js';
import { memberAbilities } from './member.policy.js';
import { Member } from './member.type.js';

/**
 * An admin gives a member another network role. A coordinator coordinates their own country. The member's open
 * sockets re-read their rights when the event goes out after the commit; their next request sees the new role.
 */
export async function changeMemberRole(deps: CommandDeps, id: string, networkRole: NetworkRole): Promise<Member> {
  const actorId = actingAdmin(deps);
  const user = await runCommand(deps, async (uow) => {
    const { em } = uow;
    const account = await findAccount(em, id);
    memberAbilities.authorize(deps.actor, 'changeRole', account);
    const previousRole = account.networkRole;
    if (previousRole === networkRole) return account;
    account.networkRole = networkRole;
    account.coordinatorOf = networkRole === 'COORDINATOR' ? [account.country.unwrap().code] : [];
    await audit(em, {
      action: 'ROLE_CHANGED',
      actorId,
      subjectType: 'user',
      subjectId: account.id,
      details: { networkRole, previousRole },
    });
    uow.publish(topic('user', account.id), { kind: 'ACCOUNT_CHANGED' });
    return account;
  });
  return new Member(user);
}
