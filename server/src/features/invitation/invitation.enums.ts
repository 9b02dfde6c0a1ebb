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

export const Approver = { COUNTRY_COORDINATOR: 'COUNTRY_COORDINATOR', ADMIN: 'ADMIN' } as const;
export type Approver = keyof typeof Approver;
registerEnumType(Approver, {
  name: 'Approver',
  description: 'Who may let an invitation go out: a coordinator of its country (or an admin), or an admin alone',
});
