import { registerEnumType } from 'type-graphql';

export const NetworkRole = { MEMBER: 'MEMBER', MODERATOR: 'MODERATOR', COORDINATOR: 'COORDINATOR', ADMIN: 'ADMIN' } as const;
export type NetworkRole = keyof typeof NetworkRole;
registerEnumType(NetworkRole, {
  name: 'NetworkRole',
  description: 'MODERATOR runs forums; COORDINATOR vets members of their countries; ADMIN keeps the network safe',
});

export const AccountStatus = { INVITED: 'INVITED', ACTIVE: 'ACTIVE', SUSPENDED: 'SUSPENDED' } as const;
export type AccountStatus = keyof typeof AccountStatus;
registerEnumType(AccountStatus, { name: 'AccountStatus' });

export const ContactVisibility = { NETWORK: 'NETWORK', COUNTRY: 'COUNTRY', NOBODY: 'NOBODY' } as const;
export type ContactVisibility = keyof typeof ContactVisibility;
registerEnumType(ContactVisibility, {
  name: 'ContactVisibility',
  description:
    "Who may see a contact detail: every member, members of the expert's country, or nobody (coordinators of that country always may)",
});
