import { isMember } from '../../core/auth.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from './session.service.js';

/**
 * Only the member's own sessions can be found this way: someone else's id is NOT_FOUND, exactly like an
 * unknown one, so ids cannot be probed. True when it was the caller's own session: the transport then forgets it.
 */
export async function revokeOwnSession(deps: CommandDeps, sessionId: string): Promise<boolean> {
  const { actor } = deps;
  if (!isMember(actor)) throw new Unauthenticated();
  const { userId } = actor;
  const current = sessionId === actor.sessionId;
  await runCommand(deps, async (uow) => {
    const { em } = uow;
    const ids = await revokeSessions(em, { userId, sessionId });
    if (ids.length === 0) throw new NotFound('The session');
    // The session id itself stays out of the log: it would help whoever reads the log to hijack it.
    await audit(em, { action: 'SESSION_REVOKED', actorId: userId, subjectType: 'user', subjectId: userId, details: { current } });
    uow.publish('SESSIONS_REVOKED', { sessionIds: ids });
  });
  return current;
}
