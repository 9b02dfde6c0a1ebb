import type { MatrixCase, Role } from './authorization-matrix.cases.js';
import { GROUP_READERS } from './forum-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The library's rows of the authorization matrix. Who reads which resource is proven in
// features/resource/resource.test.ts; here every root field refuses whom it must and lets the others through to their
// own checks (probed with unknown ids or bad input, which change nothing).

const SIGNED_OUT: Role[] = ['anonymous', 'suspended'];
const none = () => ({});

const RESOURCE = {
  kind: 'REPORT',
  title: 'Matrix resource',
  confirmations: [],
  scope: { level: 'REGIONAL' },
  visibility: 'NETWORK',
  url: 'https://example.org/matrix',
};

export const RESOURCE_MATRIX: MatrixCase[] = [
  {
    field: 'Query.resources',
    document: `{ resources(first: 20) { totalCount edges { node { id visibility } } } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => {
      if (!SIGNED_OUT.includes(role)) return;
      const hidden = data.resources.edges.filter((edge: { node: { visibility: string } }) => edge.node.visibility !== 'PUBLIC');
      expectTrue(hidden.length === 0, 'a visitor listed a members-only resource');
    },
  },
  {
    field: 'Query.resourceFacets',
    document: `{ resourceFacets { kinds { value count } } }`,
    allowed: EVERYONE,
    variables: none,
    // Every resource has one kind, so the kinds' counts add up to what the viewer may read.
    check: (data, role, t) => {
      const counted = data.resourceFacets.kinds.reduce((sum: number, kind: { count: number }) => sum + kind.count, 0);
      expectTrue(t.library.hiddenResources > 0, 'no members-only resource to leave out of the counts');
      if (SIGNED_OUT.includes(role)) expectTrue(counted === t.library.publicResources, 'a visitor counted a members-only resource');
      else expectTrue(counted > t.library.publicResources, 'a member counted no members-only resource');
    },
  },
  {
    field: 'Query.resource',
    document: `query ($id: ID!) { resource(id: $id) { id } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.resource === null, 'an unknown resource was found'),
  },
  {
    field: 'Query.resourceLinks',
    document: `query ($id: ID!) { resourceLinks(resourceId: $id) { kind id title } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.unknownId }),
    check: (data) => expectTrue(data.resourceLinks.length === 0, 'an unknown resource had links'),
  },
  {
    field: 'Query.resourceLinks',
    name: 'a post of a closed group links a public resource: listed to the group’s readers only',
    document: `query ($id: ID!) { resourceLinks(resourceId: $id) { kind id title path } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.forum.groupLinkedResourceId }),
    check: (data, role) =>
      expectTrue(
        (data.resourceLinks.length === 1 && data.resourceLinks[0].kind === 'POST') === GROUP_READERS.includes(role),
        'a closed group’s post was listed to an outsider, or not to its readers',
      ),
  },
  {
    // Refused viewers try a real save; allowed ones send a link and an upload at once (BAD_USER_INPUT, nothing written).
    field: 'Mutation.createResource',
    document: `mutation ($input: CreateResourceInput!) { createResource(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { ...RESOURCE, id: t.unknownId } }),
    probe: (t) => ({ input: { ...RESOURCE, id: t.unknownId, uploadId: t.unknownId } }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.updateResource',
    document: `mutation ($input: UpdateResourceInput!) { updateResource(input: $input) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ input: { ...RESOURCE, id: t.unknownId, expectedVersion: 1 } }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.recommendResource',
    document: `mutation ($id: ID!) { recommendResource(id: $id) { id } }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
  {
    field: 'Mutation.deleteResource',
    document: `mutation ($id: ID!) { deleteResource(id: $id) }`,
    allowed: MEMBERS,
    variables: (t) => ({ id: t.unknownId }),
    expectAllowed: 'NOT_FOUND',
  },
];
