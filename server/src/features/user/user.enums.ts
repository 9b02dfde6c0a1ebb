import { ACCOUNT_ROLES, type AccountRole } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

export const NetworkRole = Object.fromEntries(Object.keys(ACCOUNT_ROLES).map((key) => [key, key])) as { [K in AccountRole]: K };
export type NetworkRole = AccountRole;
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
    "Who may see a contact detail: every member, members of the expert's country, or only the coordinators of that country (who always may)",
});
