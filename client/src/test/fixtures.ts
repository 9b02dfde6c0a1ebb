// Response data shaped like the server's, __typename included (Apollo's cache needs it).

export const latvia = { __typename: 'Country', code: 'LV', name: 'Latvia' } as const;
export const estonia = { __typename: 'Country', code: 'EE', name: 'Estonia' } as const;
export const liepaja = { __typename: 'Municipality', id: 'mun-liepaja', name: 'Liepāja' } as const;
export const riga = { __typename: 'Municipality', id: 'mun-riga', name: 'Riga' } as const;

export const noContacts = { __typename: 'ExpertContacts', email: null, phone: null, messagingHandle: null } as const;

export function expertNode(id: string, fullName: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Expert',
    id,
    fullName,
    title: 'Social worker',
    organisation: { __typename: 'Organisation', id: `org-${id}`, name: `Organisation of ${fullName}` },
    country: latvia,
    municipality: liepaja,
    languages: ['lv', 'en'],
    roles: [{ __typename: 'RoleAssignment', id: `role-${id}`, role: 'CASE_MANAGER' }],
    contacts: noContacts,
    ...overrides,
  };
}

export function connection<T extends { id: string }>(
  typename: 'Expert' | 'Organisation' | 'Invitation' | 'Member' | 'AuditEvent',
  nodes: readonly T[],
  { totalCount = nodes.length, hasNextPage = false } = {},
) {
  return {
    __typename: `${typename}Connection`,
    totalCount,
    edges: nodes.map((node) => ({ __typename: `${typename}Edge`, cursor: `cursor-${node.id}`, node })),
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage,
      endCursor: nodes.length ? `cursor-${nodes[nodes.length - 1]!.id}` : null,
    },
  };
}

type Permissions = Partial<Record<'inviteMembers' | 'proposeMembers' | 'approveInvitations' | 'administer' | 'seeCoverage', boolean>>;

/** The `viewer` of ViewerQuery: a signed-in member, with the permissions given. */
export function viewerNode({ can = {}, ...overrides }: { can?: Permissions } & Record<string, unknown> = {}) {
  return {
    __typename: 'Viewer',
    id: 'user-1',
    email: 'anna.ozola@example.lv',
    networkRole: 'MEMBER',
    totpEnabled: false,
    totpRequired: false,
    coordinatorOf: [],
    expert: { __typename: 'Expert', id: 'e1', fullName: 'Anna Ozola' },
    can: {
      __typename: 'ViewerPermissions',
      inviteMembers: false,
      proposeMembers: true,
      approveInvitations: false,
      administer: false,
      seeCoverage: false,
      ...can,
    },
    ...overrides,
  };
}
