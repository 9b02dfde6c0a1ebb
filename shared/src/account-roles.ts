// The role of an account on the platform (GraphQL `NetworkRole`), weakest first; not to be confused with the
// network roles of the vocabulary (NETWORK_ROLES), which are role assignments in the chain of assistance.
export const ACCOUNT_ROLES = {
  MEMBER: 'Member',
  MODERATOR: 'Moderator',
  COORDINATOR: 'Coordinator',
  ADMIN: 'Admin',
} as const;
export type AccountRole = keyof typeof ACCOUNT_ROLES;
