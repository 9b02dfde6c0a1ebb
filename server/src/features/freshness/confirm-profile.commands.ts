import { isMember } from '../../core/auth.js';
import { Conflict, Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { Expert } from '../expert/expert.entity.js';

/** The member says their profile is still true: "last confirmed" moves to now, and the yearly reminder starts again. */
export async function confirmMyProfile(deps: CommandDeps): Promise<Expert> {
  const member = deps.actor;
  if (!isMember(member)) throw new Unauthenticated();
  const expertId = member.expertId;
  if (!expertId) throw new Conflict('You have no profile to confirm yet');
  return runCommand(deps, async (uow) => {
    const expert = await uow.em.findOneOrFail(Expert, expertId);
    expert.lastConfirmedAt = uow.now;
    expert.confirmationRemindedAt = null;
    return expert;
  });
}
