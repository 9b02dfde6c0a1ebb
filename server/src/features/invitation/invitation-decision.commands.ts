import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { Conflict } from '../../core/errors.js';
import type { GuardrailConfirmation } from '@strom/shared';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { auditFacts, composeMail, lockedInvitation, signedIn } from './invitation.commands.js';
import { declinedMail } from './invitation-mail.js';
import { effectiveStatus } from './invitation-status.js';
import { issueInvitationToken } from './invitation-token.js';
import type { Invitation } from './invitation.entity.js';
import { invitationAbilities } from './invitation.policy.js';

/**
 * Whoever could approve a waiting invitation or proposal turns it down; its author is told by mail, with the
 * reason when one is given (the reason goes to the author only, never into the audit log).
 */
export async function declineInvitation(
  deps: CommandDeps,
  id: string,
  reason: string | null | undefined,
  confirmations: readonly GuardrailConfirmation[] = [],
): Promise<Invitation> {
  const member = signedIn(deps);
  const because = reason?.trim() || null;
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const invitation = await lockedInvitation(em, id);
    invitationAbilities.authorize(member, 'decline', invitation);
    if (invitation.status !== 'AWAITING_APPROVAL') throw new Conflict('This invitation is not waiting for approval any more');
    await guardTexts(uow, member, [{ field: 'reason', text: because }], confirmations, { type: 'invitation', id: invitation.id });
    invitation.status = 'REVOKED';
    await em.flush();
    await audit(em, {
      action: 'INVITATION_DECLINED',
      actorId: member.userId,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: { ...auditFacts(invitation), reasonGiven: because !== null },
    });
    const author = await invitation.invitedBy?.load();
    if (author && !author.deletedAt) {
      const person = invitation.fullName ?? invitation.email;
      uow.record(
        'mail',
        declinedMail({ to: author.email, kind: invitation.kind, person, reason: because }),
        `invitation-declined:${invitation.id}`,
      );
    }
    return invitation;
  });
}

/** A sent (or expired) invitation goes out again with a new link; the old link stops working. Audited. */
export async function resendInvitation(deps: CommandDeps, id: string): Promise<Invitation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const invitation = await lockedInvitation(em, id);
    invitationAbilities.authorize(member, 'approve', invitation);
    const status = effectiveStatus(invitation);
    if (status !== 'SENT' && status !== 'EXPIRED') throw new Conflict('Only a sent or expired invitation can be sent again');
    const token = issueInvitationToken(invitation);
    await em.flush();
    await audit(em, {
      action: 'INVITATION_RESENT',
      actorId: member.userId,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: auditFacts(invitation),
    });
    // A fresh key per resend: each resend is its own mail (the key of the first sending would drop it).
    uow.record('mail', await composeMail(deps, em, invitation, token));
    return invitation;
  });
}
