import { LockMode, ref } from '@mikro-orm/core';
import { isMember, type MemberViewer } from '../../core/auth.js';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, LimitedCommandDeps } from '../../core/outbox/unit-of-work.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import type { NetworkRole } from '../user/user.enums.js';
import { User } from '../user/user.entity.js';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import type { Mail } from '../mail/mailer.js';
import { alreadyMemberMail, invitationMail } from './invitation-mail.js';
import { isPending, pendingWhere, statusWhere } from './invitation-status.js';
import { resolveTarget } from './invitation-target.js';
import { issueInvitationToken } from './invitation-token.js';
import { Invitation } from './invitation.entity.js';
import type { InvitationKind } from './invitation.enums.js';
import type { InviteMemberInput, ProposeMemberInput } from './invitation.inputs.js';
import { invitationAbilities, invitationCountry } from './invitation.policy.js';

export type NewInvitation =
  | { kind: Extract<InvitationKind, 'INVITATION'>; input: InviteMemberInput }
  | { kind: Extract<InvitationKind, 'PROPOSAL'>; input: ProposeMemberInput };

/**
 * An invitation (coordinators, admins) or a proposal (any member). It goes out at once only when its author
 * could approve it; otherwise it waits for the country's coordinator. The mail goes through the outbox.
 */
export async function createInvitation(deps: LimitedCommandDeps, request: NewInvitation): Promise<Invitation> {
  const member = signedIn(deps);
  const { input } = request;
  const email = input.email.trim().toLowerCase();
  const networkRole: NetworkRole = request.kind === 'INVITATION' ? (request.input.networkRole ?? 'MEMBER') : 'MEMBER';
  const text = (request.kind === 'INVITATION' ? request.input.message : request.input.reason)?.trim() || null;
  if (request.kind === 'PROPOSAL' && !text) throw badReason();
  if (request.kind === 'PROPOSAL') await deps.limits.consume('proposal', { account: member.userId, ip: deps.client.ip });
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const target = await resolveTarget(em, input);
    // Two people inviting one address at once: serialise per address, so at most one pending invitation is sent.
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`invitation:${email}`]);
    const alreadyPending = (await em.count(Invitation, { $and: [{ email }, pendingWhere()] })) > 0;
    // Coordinators and admins may learn that an address is invited already. A member proposing must not: the
    // proposal waits for the coordinator like any other (nothing is mailed), who sees both and keeps one.
    if (alreadyPending && request.kind === 'INVITATION') throw new Conflict('This address has a pending invitation already');
    const author = ref(em.getReference(User, member.userId));
    const invitation = em.create(Invitation, {
      email,
      fullName: input.fullName?.trim() || null,
      jobTitle: input.jobTitle?.trim() || null,
      kind: request.kind,
      country: target.country,
      organisation: target.organisation,
      newOrganisationName: target.newOrganisation?.name ?? null,
      newOrganisationType: target.newOrganisation?.type ?? null,
      newOrganisationLevel: target.newOrganisation?.level ?? null,
      newOrganisationMunicipality: target.newOrganisation?.municipality ?? null,
      networkRole,
      reason: text,
      invitedBy: author,
    });
    // The role and the message or reason are free text: refused while they hold unconfirmed victim data.
    const texts = [
      { field: 'jobTitle', text: invitation.jobTitle },
      { field: request.kind === 'INVITATION' ? 'message' : 'reason', text },
    ];
    await guardTexts(uow, member, texts, input.confirmations, { type: 'invitation', id: invitation.id });
    const token =
      request.kind === 'INVITATION' && invitationAbilities.can(member, 'approve', invitation) ? issueInvitationToken(invitation) : null;
    if (token) invitation.approvedBy = author;
    await em.flush();
    await audit(em, {
      action: 'INVITATION_CREATED',
      actorId: member.userId,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: { ...auditFacts(invitation), sentAtOnce: token !== null, ...(alreadyPending ? { alreadyPending } : {}) },
    });
    if (token) uow.record('mail', await composeMail(deps, em, invitation, token), mailKey(invitation));
    return invitation;
  });
}

/** A coordinator of the invitation's country (or an admin) lets it go out: a token, 7 days, a mail. */
export async function approveInvitation(deps: CommandDeps, id: string): Promise<Invitation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const invitation = await lockedInvitation(em, id);
    invitationAbilities.authorize(member, 'approve', invitation);
    if (invitation.status !== 'AWAITING_APPROVAL') throw new Conflict('This invitation is not waiting for approval any more');
    // A proposal may duplicate an invitation already sent (proposers are not told): one link per address.
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`invitation:${invitation.email}`]);
    if ((await em.count(Invitation, { $and: [{ email: invitation.email }, { id: { $ne: invitation.id } }, statusWhere('SENT')] })) > 0) {
      throw new Conflict('This address has another pending invitation already; revoke one of them');
    }
    const token = issueInvitationToken(invitation);
    invitation.approvedBy = ref(em.getReference(User, member.userId));
    await em.flush();
    await audit(em, {
      action: 'INVITATION_APPROVED',
      actorId: member.userId,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: auditFacts(invitation),
    });
    uow.record('mail', await composeMail(deps, em, invitation, token), mailKey(invitation));
    return invitation;
  });
}

/** Its author or the country's vetters withdraw a pending invitation; its link dies with it. */
export async function revokeInvitation(deps: CommandDeps, id: string): Promise<Invitation> {
  const member = signedIn(deps);
  return deps.em.transactional(async (em) => {
    const invitation = await lockedInvitation(em, id);
    invitationAbilities.authorize(member, 'revoke', invitation);
    if (!isPending(invitation)) throw new Conflict('This invitation is not pending any more');
    invitation.status = 'REVOKED';
    await em.flush();
    await audit(em, {
      action: 'INVITATION_REVOKED',
      actorId: member.userId,
      subjectType: 'invitation',
      subjectId: invitation.id,
      details: auditFacts(invitation),
    });
    return invitation;
  });
}

/** Ids and facts for the audit log: never the address, names or the token. */
export function auditFacts(invitation: Invitation): Record<string, string | boolean | null> {
  return {
    kind: invitation.kind,
    country: invitationCountry(invitation),
    organisationId: invitation.organisation?.unwrap().id ?? null,
    newOrganisation: invitation.newOrganisationName !== null,
    networkRole: invitation.networkRole,
  };
}

export function signedIn(deps: CommandDeps): MemberViewer {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  return deps.actor;
}

function badReason() {
  return BadUserInput.field('input.reason', 'Say why you propose this person');
}

export async function lockedInvitation(em: Em, id: string): Promise<Invitation> {
  const invitation = await em.findOne(Invitation, parseUuid(id, 'id'), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!invitation) throw new NotFound('The invitation');
  return invitation;
}

/** An invitation gets its token, and so its mail, once: when it is created by a vetter or when approved. */
function mailKey(invitation: Invitation): string {
  return `invitation-mail:${invitation.id}`;
}

export async function composeMail(deps: CommandDeps, em: Em, invitation: Invitation, token: string): Promise<Mail> {
  if ((await em.count(User, { email: invitation.email })) > 0) return alreadyMemberMail(deps.config, invitation.email);
  const inviter = await invitation.invitedBy?.load();
  const inviterExpert = inviter && !inviter.deletedAt ? await inviter.expert?.load() : null;
  const organisation = await invitation.organisation?.load();
  const country = await invitation.country.loadOrFail();
  return invitationMail(deps.config, {
    email: invitation.email,
    token,
    inviterName: inviterExpert?.fullName ?? null,
    organisationName: organisation?.name ?? invitation.newOrganisationName ?? '',
    countryName: country.name,
    message: invitation.kind === 'INVITATION' ? invitation.reason : null,
  });
}
