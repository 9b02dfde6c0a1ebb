import { isMember } from '../../core/auth.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { Unauthenticated } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { audit } from '../audit/audit.service.js';
import { auditSummary } from '../audit/audit.types.js';
import type { Expert } from '../expert/expert.entity.js';
import { Invitation } from '../invitation/invitation.entity.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import { Session } from '../session/session.entity.js';
import { PasswordReset } from '../authentication/password-reset.entity.js';
import { User } from '../user/user.entity.js';

/**
 * "Download my data": everything stored about the member, as JSON. Every value is picked by name, never by
 * spreading an entity, so hashes, secrets and token hashes cannot slip in when an entity gains a column.
 * The export itself is audited in the same transaction.
 */
export async function exportMyData(deps: CommandDeps): Promise<string> {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  const { userId } = deps.actor;
  const exported = await deps.em.transactional(async (em) => {
    const data = await collect(em, userId);
    await audit(em, { action: 'DATA_EXPORTED', actorId: userId, subjectType: 'user', subjectId: userId });
    return data;
  });
  return JSON.stringify(exported, null, 2);
}

/** Read by the member: what the export holds, and what it leaves out on purpose. */
const EXPORT_NOTES = [
  'Everything Strom stores about you: your account, your expert profile with its contacts and who may see them,',
  'your roles, sessions, the invitations and proposals you sent, those addressed to you, your password resets',
  'and the audit entries about you or by you. Password hashes, two-factor secrets, recovery codes and link or',
  "session tokens are left out: they are security secrets, not information about you. A proposal's vouching",
  'note (why a member proposed you) is left out too: it was written in confidence for the coordinator who',
  'approves.',
].join(' ');

async function collect(em: Em, userId: string) {
  const user = await em.findOneOrFail(User, userId, {
    populate: ['country', 'editorOf', 'expert', 'expert.organisation', 'expert.municipality', 'expert.country'],
  });
  const expert = user.expert?.getEntity() ?? null;
  const [roles, sessions, sent, received, resets, entries] = await Promise.all([
    expert ? em.find(RoleAssignment, { expert: expert.id }, { populate: ['country', 'municipality'], orderBy: { role: 'asc' } }) : [],
    em.find(Session, { user: userId }, { orderBy: { createdAt: 'desc' } }),
    em.find(Invitation, { invitedBy: userId }, { populate: ['country', 'organisation'], orderBy: { createdAt: 'desc' } }),
    em.find(Invitation, { email: user.email }, { populate: ['country', 'organisation'], orderBy: { createdAt: 'desc' } }),
    em.find(PasswordReset, { user: userId }, { orderBy: { createdAt: 'desc' } }),
    em.find(
      AuditEvent,
      { $or: [{ actorId: userId }, { subjectId: { $in: expert ? [userId, expert.id] : [userId] } }] },
      { orderBy: { sequence: 'asc' } },
    ),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    notes: EXPORT_NOTES,
    account: {
      id: user.id,
      email: user.email,
      networkRole: user.networkRole,
      status: user.status,
      country: user.country.getEntity().code,
      coordinatorOf: user.coordinatorOf,
      createdAt: user.createdAt,
      totpEnabled: user.totpEnabled,
      recoveryCodesLeft: user.totpEnabled ? user.recoveryCodeHashes.length : 0,
      organisationsYouEdit: user.editorOf.getItems().map((o) => ({ id: o.id, name: o.name })),
    },
    expertProfile: expert ? profileOf(expert) : null,
    roles: roles.map((r) => ({
      role: r.role,
      level: r.level,
      country: r.country?.getEntity().code ?? null,
      municipality: r.municipality?.getEntity().name ?? null,
      responsibilities: r.responsibilities,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
    })),
    sessions: sessions.map((s) => ({
      userAgent: s.userAgent,
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
    })),
    invitationsSent: sent.map((invitation) => invitationOf(invitation, { yours: true })),
    invitationsOfYou: received.map((invitation) => invitationOf(invitation, { yours: false })),
    passwordResets: resets.map((r) => ({ createdAt: r.createdAt, expiresAt: r.expiresAt, usedAt: r.usedAt })),
    auditEntries: entries.map((e) => ({
      occurredAt: e.occurredAt,
      action: e.action,
      summary: auditSummary(e),
      youActed: e.actorId === userId,
      details: e.details,
    })),
  };
}

function profileOf(expert: Expert) {
  return {
    id: expert.id,
    fullName: expert.fullName,
    title: expert.title,
    organisation: { id: expert.organisation.id, name: expert.organisation.getEntity().name },
    country: expert.country.getEntity().code,
    municipality: expert.municipality?.getEntity().name ?? null,
    languages: expert.languages,
    bio: expert.bio,
    formsOfExploitation: expert.formsOfExploitation,
    topics: expert.topics,
    availableForConsultation: expert.availableForConsultation,
    contacts: {
      email: { value: expert.email, visibleTo: expert.emailVisibility },
      phone: { value: expert.phone, visibleTo: expert.phoneVisibility },
      messagingHandle: { value: expert.messagingHandle, visibleTo: expert.messagingHandleVisibility },
    },
    createdAt: expert.createdAt,
    updatedAt: expert.updatedAt,
  };
}

/**
 * A proposal's reason is the proposer's confidential vouching note, written for the approving coordinator:
 * the proposed person never reads it (an inviter's message was mailed to them, so that one stays).
 */
function invitationOf(invitation: Invitation, { yours }: { yours: boolean }) {
  const reasonShown = yours || invitation.kind === 'INVITATION';
  return {
    email: invitation.email,
    kind: invitation.kind,
    status: invitation.status,
    country: invitation.country.getEntity().code,
    organisation: invitation.organisation?.getEntity().name ?? invitation.newOrganisationName,
    networkRole: invitation.networkRole,
    reason: reasonShown ? invitation.reason : null,
    createdAt: invitation.createdAt,
    expiresAt: invitation.expiresAt,
  };
}
