import { registerEnumType } from 'type-graphql';

export const InvitationKind = { INVITATION: 'INVITATION', PROPOSAL: 'PROPOSAL' } as const;
export type InvitationKind = keyof typeof InvitationKind;
registerEnumType(InvitationKind, { name: 'InvitationKind', description: 'Sent by a coordinator or admin, or proposed by a member' });

export const InvitationStatus = {
  AWAITING_APPROVAL: 'AWAITING_APPROVAL',
  SENT: 'SENT',
  ACCEPTED: 'ACCEPTED',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
export type InvitationStatus = keyof typeof InvitationStatus;
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });
