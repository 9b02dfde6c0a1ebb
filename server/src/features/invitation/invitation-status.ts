import type { FilterQuery } from '@mikro-orm/core';
import type { Invitation } from './invitation.entity.js';
import type { InvitationStatus } from './invitation.enums.js';

/**
 * A sent invitation past its expiry is EXPIRED, whether or not a row was ever updated to say so: expiry is a
 * fact of time, so reading derives it instead of relying on a job that may not have run.
 */
export function effectiveStatus(invitation: Pick<Invitation, 'status' | 'expiresAt'>, now = new Date()): InvitationStatus {
  if (invitation.status === 'SENT' && invitation.expiresAt !== null && invitation.expiresAt <= now) return 'EXPIRED';
  return invitation.status;
}

/** Waiting for a coordinator, or sent and still redeemable. */
export function isPending(invitation: Pick<Invitation, 'status' | 'expiresAt'>, now = new Date()): boolean {
  const status = effectiveStatus(invitation, now);
  return status === 'AWAITING_APPROVAL' || status === 'SENT';
}

/** The SQL side of effectiveStatus, so lists filter the same way the API shows each row. */
export function statusWhere(status: InvitationStatus, now = new Date()): FilterQuery<Invitation> {
  if (status === 'SENT') return { status: 'SENT', expiresAt: { $gt: now } };
  if (status === 'EXPIRED') return { $or: [{ status: 'EXPIRED' }, { status: 'SENT', expiresAt: { $lte: now } }] };
  return { status };
}

export function pendingWhere(now = new Date()): FilterQuery<Invitation> {
  return { $or: [statusWhere('AWAITING_APPROVAL', now), statusWhere('SENT', now)] };
}
