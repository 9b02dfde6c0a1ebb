// Response data shaped like the server's, __typename included (Apollo's cache needs it).

export const latvia = { __typename: 'Country', code: 'LV', name: 'Latvia' } as const;
export const estonia = { __typename: 'Country', code: 'EE', name: 'Estonia' } as const;
export const liepaja = { __typename: 'Municipality', id: 'mun-liepaja', name: 'Liepāja' } as const;
export const riga = { __typename: 'Municipality', id: 'mun-riga', name: 'Riga' } as const;

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
    ...overrides,
  };
}

export function connection<T extends { id: string }>(
  typename: 'Expert' | 'Organisation',
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
