import { isMember, type MemberViewer } from '../../core/auth.js';
import { BadUserInput } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { checkNewPassword, hashPassword } from '../authentication/password.js';
import { User } from '../user/user.entity.js';
import { audit } from '../audit/audit.service.js';
import { Expert } from '../expert/expert.entity.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { refuseNameTaken } from '../profile/name-taken.js';
import { memberViewer, openSession, revokeSessions, type NewSession } from '../session/session.service.js';
import { findRedeemableInvitation, tokenLimitKey } from './invitation-token.js';
import type { Invitation } from './invitation.entity.js';
import type { AcceptInvitationInput } from './invitation.inputs.js';
import { auditFacts } from './invitation.commands.js';
import type { InvitationPreview } from './invitation.types.js';

/** Each look at a token counts against the invitation limits, per token and per IP: links cannot be guessed in bulk. */
function countAttempt(deps: LimitedCommandDeps, token: string): Promise<void> {
  return deps.limits.consume('invitation', { account: tokenLimitKey(token), ip: deps.client.ip });
}

export async function previewInvitation(deps: LimitedCommandDeps, token: string): Promise<InvitationPreview> {
  await countAttempt(deps, token);
  const invitation = await findRedeemableInvitation(deps.em, token, 'token');
  const organisation = await invitation.organisation?.load();
  const country = await invitation.country.loadOrFail();
  return {
    email: invitation.email,
    organisationName: organisation?.name ?? invitation.newOrganisationName ?? '',
    countryName: country.name,
    expiresAt: invitation.expiresAt!,
  };
}

/**
 * Redeems a token: the organisation (if new), the expert profile and the account, in one transaction; then the
 * new member is signed in exactly as signIn would sign them in (the transport hands the new session to the browser).
 */
export async function acceptInvitation(
  deps: LimitedCommandDeps,
  input: AcceptInvitationInput,
): Promise<{ user: User; member: MemberViewer; session: NewSession }> {
  await countAttempt(deps, input.token);
  const fullName = input.fullName.trim();
  if (fullName.length < 2) throw BadUserInput.field('input.fullName', 'Your name must be at least 2 characters');
  // Checked and hashed before the transaction: argon2 takes a while and must not hold the invitation's row lock.
  // A separate fork, so the transaction below loads its own copies (relations of this one would query outside it).
  const { email } = await findRedeemableInvitation(deps.em.fork(), input.token, 'input.token');
  checkNewPassword(input.password, email, 'input.password');
  const passwordHash = await hashPassword(input.password);

  const outcome = await runCommand(deps, async (uow) => {
    const { em } = uow;
    // Again, locked: it may have been used, revoked or have expired while the password was hashed.
    const invitation = await findRedeemableInvitation(em, input.token, 'input.token', { lock: true });
    const created = invitation.organisation ? null : createOrganisation(em, invitation);
    const organisation = created ?? (await invitation.organisation!.loadOrFail());
    if (!created) await refuseNameTaken(em, organisation.id, fullName, 'input.fullName');
    // The invited address is the work e-mail to start from; the profile is announced once it is complete.
    const expert = em.create(Expert, {
      fullName,
      organisation,
      country: invitation.country,
      municipality: organisation.municipality,
      email: invitation.email,
    });
    const code = invitation.country.unwrap().code;
    const user = em.create(User, {
      email: invitation.email,
      passwordHash,
      status: 'ACTIVE',
      networkRole: invitation.networkRole,
      country: invitation.country,
      coordinatorOf: invitation.networkRole === 'COORDINATOR' ? [code] : [],
      expert,
    });
    // Whoever brings a new organisation in looks after its page (and decides whether it is listed publicly).
    if (created) user.editorOf.add(created);
    invitation.status = 'ACCEPTED';
    const activities = created ? [recordActivity(em, { kind: 'ORGANISATION_ADDED', organisation })] : [];
    // Like a sign-in, accepting rotates the session: whoever was signed in on this browser is signed out.
    const revoked = isMember(deps.actor) ? await revokeSessions(em, { userId: deps.actor.userId, sessionId: deps.actor.sessionId }) : [];
    const { token, session } = openSession(em, user, deps.client.userAgent);
    await em.flush();
    await audit(em, {
      action: 'INVITATION_ACCEPTED',
      actorId: user.id,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: { ...auditFacts(invitation), organisationId: organisation.id, userId: user.id, expertId: expert.id },
    });
    if (revoked.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: revoked });
    for (const activity of activities) uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
    return { user, token, session };
  });

  const { user, token, session } = outcome;
  return { user, member: memberViewer(user, session.id), session: { token, expiresAt: session.expiresAt } };
}

/**
 * The organisation the inviter described. Unlisted until its editor decides: police units and shelters often
 * must not appear to anonymous visitors, and nobody has asked this one yet.
 */
function createOrganisation(em: Em, invitation: Invitation): Organisation {
  const organisation = new Organisation();
  organisation.name = invitation.newOrganisationName!;
  organisation.type = invitation.newOrganisationType!;
  organisation.level = invitation.newOrganisationLevel!;
  organisation.country = organisation.level === 'REGIONAL' ? null : invitation.country;
  organisation.municipality = organisation.level === 'LOCAL' ? invitation.newOrganisationMunicipality : null;
  organisation.publiclyListed = false;
  em.persist(organisation);
  return organisation;
}
