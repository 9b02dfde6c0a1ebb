import { LockMode } from '@mikro-orm/core';
import type { Config } from '../../core/config.js';
import { BadUserInput } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import { hashToken, newToken } from '../session/session-token.js';
import { effectiveStatus } from './invitation-status.js';
import { Invitation } from './invitation.entity.js';

/** One answer for every unusable link (unknown, used, expired, revoked, or for an email that is a member already). */
export const INVITATION_LINK_INVALID = 'This invitation link is not valid any more';

/** A random 256-bit token is 43 base64url characters; anything much longer is not one of ours. */
export const TOKEN_MAX = 200;

export const INVITATION_VALID_DAYS = 7;
const INVITATION_VALID_MS = INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000;

/** Sends an invitation: a fresh token (only its hash is kept) that expires in 7 days. Returns the token for the mail. */
export function issueInvitationToken(invitation: Invitation, now = new Date()): string {
  const token = newToken();
  invitation.tokenHash = hashToken(token);
  invitation.expiresAt = new Date(now.getTime() + INVITATION_VALID_MS);
  invitation.status = 'SENT';
  return token;
}

export function invitationLink(config: Pick<Config, 'publicUrl'>, token: string): string {
  return `${config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
}

/** Rate-limit key of a token: its hash prefix, so the limiter never holds a live secret. */
export function tokenLimitKey(token: string): string {
  return `invitation-token:${hashToken(token).slice(0, 16)}`;
}

function invalidLink(field: string): BadUserInput {
  return BadUserInput.field(field, INVITATION_LINK_INVALID);
}

/**
 * The invitation a token redeems, or BAD_USER_INPUT with the one message. `lock` holds the row until the
 * transaction ends, so two tabs accepting at once create one account, not a unique-violation.
 */
export async function findRedeemableInvitation(
  em: Em,
  token: string,
  field: string,
  options: { lock?: boolean } = {},
): Promise<Invitation> {
  if (!token || token.length > TOKEN_MAX) throw invalidLink(field);
  const invitation = await em.findOne(
    Invitation,
    { tokenHash: hashToken(token) },
    options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
  if (!invitation || effectiveStatus(invitation) !== 'SENT') throw invalidLink(field);
  // Bound to its email: if an account has that address already, the link is dead like any other, so it
  // never tells anyone that the address belongs to a member.
  if ((await em.count(User, { email: invitation.email })) > 0) throw invalidLink(field);
  return invitation;
}
