import type { AffiliationLine_ExpertFragment, ExpertContacts_ExpertFragment, ExpertRow_ExpertFragment, ViewerQuery } from '../gql/graphql';

// Response data shaped like the server's, __typename included (Apollo's cache needs it), and typed
// from the generated operation types: a change to the schema or a fragment breaks the fixture at
// compile time instead of leaving it to describe an API that no longer exists.

/** A fragment's own fields, without codegen's masking markers. */
type Fields<T> = Omit<T, ' $fragmentRefs' | ' $fragmentName'>;

type Country = AffiliationLine_ExpertFragment['country'];
type Municipality = NonNullable<AffiliationLine_ExpertFragment['municipality']>;

export const latvia: Country = { __typename: 'Country', code: 'LV', name: 'Latvia' };
export const estonia: Country = { __typename: 'Country', code: 'EE', name: 'Estonia' };
export const liepaja: Municipality = { __typename: 'Municipality', id: 'mun-liepaja', name: 'Liepāja' };
export const riga: Municipality = { __typename: 'Municipality', id: 'mun-riga', name: 'Riga' };

export const noContacts: ExpertContacts_ExpertFragment['contacts'] = {
  __typename: 'ExpertContacts',
  email: null,
  phone: null,
  messagingHandle: null,
};

/** An expert as the directory lists select one: the row, its affiliation line and its contacts. */
export type ExpertNode = Fields<ExpertRow_ExpertFragment> & Fields<AffiliationLine_ExpertFragment> & Fields<ExpertContacts_ExpertFragment>;

export function expertNode(id: string, fullName: string, overrides: Partial<ExpertNode> = {}): ExpertNode {
  return {
    __typename: 'Expert',
    id,
    fullName,
    title: 'Social worker',
    organisation: { __typename: 'Organisation', id: `org-${id}`, name: `Organisation of ${fullName}` },
    country: latvia,
    municipality: liepaja,
    languages: ['lv', 'en'],
    roles: [{ __typename: 'RoleAssignment', id: `role-${id}`, role: 'CASE_MANAGER', status: 'CURRENT' }],
    contacts: noContacts,
    ...overrides,
  };
}

type Paged = 'Expert' | 'Organisation' | 'Invitation' | 'Member' | 'AuditEvent';

export interface ConnectionOf<TName extends Paged, TNode> {
  __typename: `${TName}Connection`;
  totalCount: number;
  edges: { __typename: `${TName}Edge`; cursor: string; node: TNode }[];
  pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
}

export function connection<TName extends Paged, TNode extends { id: string }>(
  typename: TName,
  nodes: readonly TNode[],
  { totalCount = nodes.length, hasNextPage = false } = {},
): ConnectionOf<TName, TNode> {
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

type Viewer = NonNullable<ViewerQuery['viewer']>;
type Permissions = Partial<Omit<Viewer['can'], '__typename'>>;

/** The `viewer` of ViewerQuery: a signed-in member, with the permissions given. */
export function viewerNode({ can = {}, ...overrides }: { can?: Permissions } & Partial<Omit<Viewer, 'can'>> = {}): Viewer {
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
      editOrganisations: false,
      ...can,
    },
    ...overrides,
  };
}
