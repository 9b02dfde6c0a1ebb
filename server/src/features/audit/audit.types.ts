import { AUDIT_ACTIONS } from '@strom/shared';
import { IsDate, IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../core/connection.js';
import { Member } from '../member/member.type.js';
import type { AuditEvent } from './audit-event.entity.js';

// These live here rather than in audit.inputs.ts / audit.service.ts: this file and the resolver are the
// admin log's read side; the write side (audit.service.ts) stays as small as the hash chain needs.

@InputType({ description: 'Narrows the audit log; all given conditions must hold' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'An action name, e.g. MEMBER_SUSPENDED (AUDIT_ACTIONS of @strom/shared)' })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'Choose one of the actions of the audit log' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'The member who acted' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a valid id' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this moment on (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive)' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

/** A member an entry names, as the log shows them: their name, or that the account is gone. */
@ObjectType({ description: 'Who acted or was acted on, by name; a deleted account shows as a former member' })
export class AuditPerson {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Their profile name, else their email; null for a former member' })
  name!: string | null;

  @Field(() => Boolean, { description: 'The account was deleted (or never existed): show "former member"' })
  former!: boolean;
}

/** One entry of the audit log as admins read it: the stored facts plus a sentence built from them. */
@ObjectType('AuditEvent', { description: 'An entry of the append-only, hash-chained audit log' })
export class AuditEventNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => Member, { nullable: true, description: 'Null for anonymous attempts (e.g. a failed sign-in)' })
  actor!: Member | null;

  @Field(() => AuditPerson, { nullable: true, description: 'Who acted, by name; null for anonymous attempts' })
  actorPerson!: AuditPerson | null;

  @Field(() => AuditPerson, { nullable: true, description: 'The member the entry is about, when it is about a member' })
  subjectPerson!: AuditPerson | null;

  @Field(() => String, { nullable: true, description: 'What the entry is about: user, invitation, expert…' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { description: 'What happened, in a sentence without personal data' })
  summary!: string;
}

export const AuditEventConnection = ConnectionType('AuditEvent', AuditEventNode);

const AUDIENCE: Record<string, string> = {
  NETWORK: 'all members',
  COUNTRY: 'members of their country',
  NOBODY: 'nobody but coordinators of their country',
};
const CONTACT: Record<string, string> = { email: 'email address', phone: 'phone number', messagingHandle: 'messaging handle' };

type Details = AuditEvent['details'];
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const invitationWord = (details: Details) => (details.kind === 'PROPOSAL' ? 'a proposal' : 'an invitation');
const forCountry = (details: Details) => (text(details.country) ? ` for ${text(details.country)}` : '');

const SENTENCES: Record<string, (details: Details) => string> = {
  SIGN_IN: () => 'Signed in',
  SIGN_IN_FAILED: (d) => (d.secondFactor ? 'A sign-in failed at the second factor' : 'A sign-in failed'),
  SIGN_OUT: () => 'Signed out',
  SESSION_REVOKED: (d) => (d.current ? 'Ended the session they were using' : 'Ended one of their other sessions'),
  PASSWORD_CHANGED: () => 'Changed their password',
  PASSWORD_RESET: () => 'Reset their password through an emailed link',
  TOTP_ENABLED: () => 'Turned on two-factor authentication',
  TOTP_DISABLED: () => 'Turned off two-factor authentication',
  TOTP_RESET: () => "Turned off a member's two-factor authentication (a reset)",
  INVITATION_CREATED: (d) => `Created ${invitationWord(d)}${forCountry(d)}${d.sentAtOnce ? ', sent at once' : ''}`,
  INVITATION_APPROVED: (d) => `Approved ${invitationWord(d)}${forCountry(d)}`,
  INVITATION_ACCEPTED: (d) => `Accepted ${invitationWord(d)}${forCountry(d)} and joined the network`,
  INVITATION_REVOKED: (d) => `Revoked ${invitationWord(d)}${forCountry(d)}`,
  INVITATION_DECLINED: (d) => `Declined ${invitationWord(d)}${forCountry(d)}${d.reasonGiven ? ', giving a reason' : ''}`,
  INVITATION_RESENT: (d) => `Sent ${invitationWord(d)}${forCountry(d)} again with a new link`,
  ROLE_CHANGED: (d) => (text(d.networkRole) ? `Changed a network role to ${text(d.networkRole)}` : 'Changed a role'),
  MEMBER_SUSPENDED: () => 'Suspended a member and ended their sessions',
  MEMBER_REACTIVATED: () => 'Reactivated a suspended member',
  CONTACT_VISIBILITY_CHANGED: (d) =>
    `Made their ${CONTACT[text(d.field) ?? ''] ?? 'contact detail'} visible to ${AUDIENCE[text(d.visibility) ?? ''] ?? 'someone else'}`,
  DATA_EXPORTED: () => 'Downloaded their data',
  EXPERTS_EXPORTED: (d) => (Object.keys(d).length > 0 ? 'Exported the filtered expert directory' : 'Exported the expert directory'),
  AUDIT_EXPORTED: (d) => (d.filtered ? 'Exported the filtered audit log' : 'Exported the audit log'),
  ACCOUNT_DELETED: () => 'Deleted their account',
  FORUM_CREATED: (d) => `Created a ${text(d.visibility)?.toLowerCase() ?? ''} forum`,
  FORUM_MODERATORS_SET: (d) => `Named ${d.count} moderators of a forum`,
  FORUM_MEMBERS_ADDED: (d) => `Added ${d.count} members to a closed group`,
  FORUM_MEMBERS_REMOVED: (d) => `Removed ${d.count} members from a closed group`,
  THREAD_MODERATED: (d) => `${moderated(d)} a thread`,
  THREAD_MOVED: () => 'Moved a thread to another forum',
  THREADS_MERGED: () => 'Merged a thread into another',
  POST_MODERATED: (d) => `${moderated(d)} a post`,
  POST_REMOVED: () => "Removed another member's post",
  POST_PURGED: () => "Purged a post's text everywhere",
  POST_FLAGGED: () => 'Flagged a post for the moderators',
  GUARDRAIL_FINDINGS_CONFIRMED: (d) => `Confirmed ${d.count} guardrail findings were not a victim's personal data`,
  ORGANISATION_CREATED: (d) => `Added an organisation${forCountry(d)}`,
  ORGANISATION_PROPOSED: (d) => `Proposed an organisation${forCountry(d)}`,
  ORGANISATION_APPROVED: (d) => `Approved a proposed organisation${forCountry(d)}`,
  ORGANISATION_DECLINED: (d) => `Declined a proposed organisation${forCountry(d)}${d.reasonGiven ? ', giving a reason' : ''}`,
  ORGANISATION_MERGED: (d) => `Merged an organisation${forCountry(d)} into another`,
  ORGANISATION_CLOSED: (d) => `Closed an organisation${forCountry(d)}`,
  NETWORK_ROLE_ASSIGNED: (d) => `Assigned the network role ${text(d.role) ?? ''}${forCountry(d)}`,
  NETWORK_ROLE_ENDED: (d) => `Ended the network role ${text(d.role) ?? ''}${forCountry(d)}`,
  CONTACT_POINT_CHANGED: (d) => `Named a municipality's contact point${forCountry(d)}${d.previousEnded ? ', ending the previous one' : ''}`,
};

const MODERATED: Record<string, string> = {
  LOCK: 'Locked',
  UNLOCK: 'Unlocked',
  PIN: 'Pinned',
  UNPIN: 'Unpinned',
  CLOSE: 'Closed',
  REOPEN: 'Reopened',
  HIDE: 'Hid',
  UNHIDE: 'Showed again',
  DISMISS: 'Dismissed the flags on',
};
const moderated = (details: Details) => MODERATED[text(details.moderation) ?? ''] ?? 'Moderated';

/** Built from the action and its facts only; details never hold names or contacts, so neither does this. */
export function auditSummary(event: Pick<AuditEvent, 'action' | 'details'>): string {
  const sentence = SENTENCES[event.action];
  if (sentence) return sentence(event.details);
  const words = event.action.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
