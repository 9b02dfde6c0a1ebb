import type { MatrixCase, MatrixTargets, Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS, expectTrue } from './matrix-roles.js';

// The forum's rows of the authorization matrix. Object rules (who moderates which forum, who reads a closed group)
// are proven in features/forum's tests; here every root field is shown to refuse who it must and to let the
// others through to its own checks (probed with unknown ids, which answer NOT_FOUND and change nothing).

/** Who may create and manage a Latvian national forum: its coordinator and admins (with two-factor). */
const LV_MANAGERS: Role[] = ['coordinatorA', 'admin'];
/** Those who read a closed group they are not in: admins (with two-factor) and the network's moderators. */
export const GROUP_READERS: Role[] = ['admin', 'moderator'];
const isAnonymous = (role: Role) => role === 'anonymous' || role === 'suspended';

/** A member-level mutation on something that does not exist: sign in, then NOT_FOUND. */
const onUnknown = (field: string, document: string, variables: (unknownId: string) => Record<string, unknown>): MatrixCase => ({
  field,
  document,
  allowed: MEMBERS,
  variables: (t) => variables(t.unknownId),
  expectAllowed: 'NOT_FOUND',
});

export const FORUM_MATRIX: MatrixCase[] = [
  {
    field: 'Query.forums',
    document: `{ forums { id visibility unreadCount } }`,
    allowed: EVERYONE,
    variables: none,
    check: (data, role) => {
      const forums = data.forums as { id: string; visibility: string; unreadCount: number | null }[];
      expectTrue(forums.length > 0, 'no forums listed');
      if (isAnonymous(role))
        expectTrue(
          forums.every((f) => f.visibility === 'PUBLIC' && f.unreadCount === null),
          'members-only forums leak to anonymous viewers',
        );
    },
  },
  {
    field: 'Query.forum',
    document: `query ($slug: String!) { forum(slug: $slug) { id threadCount } }`,
    allowed: EVERYONE,
    variables: (t) => ({ slug: t.forum.groupSlug }),
    check: (data, role) => expectTrue((data.forum === null) === !GROUP_READERS.includes(role), 'a closed group is visible to an outsider'),
  },
  {
    field: 'Query.forum',
    name: 'Forum.moderators, members and candidatePeople: only to whoever manages the forum',
    document: `query ($slug: String!) { forum(slug: $slug) { id moderators { userId } members { userId }
      candidatePeople(text: "me", role: MODERATOR) { userId } memberCandidates: candidatePeople(text: "me", role: MEMBER) { userId } } }`,
    allowed: EVERYONE,
    variables: (t) => ({ slug: t.forum.lvSlug }),
    check: (data, role) => {
      const forum = data.forum as {
        moderators: unknown[] | null;
        members: unknown[] | null;
        candidatePeople: unknown[] | null;
        memberCandidates: unknown[] | null;
      } | null;
      if (isAnonymous(role)) return expectTrue(forum === null, 'a NETWORK forum is visible to an anonymous visitor');
      expectTrue((forum?.moderators !== null) === LV_MANAGERS.includes(role), "a forum's moderators are listed to who may not manage it");
      expectTrue(
        (forum?.candidatePeople !== null) === LV_MANAGERS.includes(role),
        'account ids are offered to who may not manage the forum',
      );
      // Not a closed group: nobody is listed as its members, nor offered as one.
      expectTrue(forum?.members === null, 'a NETWORK forum lists members');
      expectTrue(forum?.memberCandidates === null, 'a NETWORK forum offers people to add as members');
    },
  },
  {
    field: 'Query.thread',
    document: `query ($id: ID!) { thread(id: $id) { id posts(first: 5) { totalCount } } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.forum.groupThreadId }),
    check: (data, role) =>
      expectTrue((data.thread === null) === !GROUP_READERS.includes(role), "a closed group's thread is visible to an outsider"),
  },
  ...searchRows(),
  { field: 'Query.moderationQueue', document: `{ moderationQueue { postId flagCount } }`, allowed: MEMBERS, variables: none },
  {
    field: 'Mutation.createForum',
    document: `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`,
    allowed: [...LV_MANAGERS, 'coordinatorB'],
    variables: (t, role) => ({
      input: {
        id: t.unknownId,
        slug: `matrix-${role.toLowerCase()}`,
        title: 'Matrix forum',
        level: 'NATIONAL',
        countryCode: role === 'coordinatorB' ? 'LT' : 'LV',
        visibility: 'NETWORK',
      },
    }),
    probe: (t, role) => ({
      input: {
        id: t.unknownId,
        slug: t.forum.lvSlug,
        title: 'Matrix forum',
        level: 'NATIONAL',
        countryCode: role === 'coordinatorB' ? 'LT' : 'LV',
        visibility: 'NETWORK',
      },
    }),
    expectAllowed: 'BAD_USER_INPUT',
  },
  {
    field: 'Mutation.updateForum',
    document: `mutation ($input: UpdateForumInput!) { updateForum(input: $input) { id } }`,
    allowed: LV_MANAGERS,
    variables: (t) => ({ input: { id: t.forum.lvForumId, expectedVersion: 1, title: 'Renamed by the matrix' } }),
    probe: (t) => ({ input: { id: t.forum.lvForumId, expectedVersion: 999_999, title: 'Stale edit' } }),
    expectAllowed: 'CONFLICT',
  },
  {
    field: 'Mutation.setForumModerators',
    document: `mutation ($input: ForumPeopleInput!) { setForumModerators(input: $input) { id } }`,
    allowed: LV_MANAGERS,
    variables: (t) => ({ input: { forumId: t.forum.lvForumId, userIds: [t.memberBUserId] } }),
    probe: (t) => ({ input: { forumId: t.forum.lvForumId, userIds: [t.unknownId] } }),
    expectAllowed: 'NOT_FOUND',
  },
  onUnknown('Mutation.addForumMembers', `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`, (id) => ({
    input: { forumId: id, userIds: [id] },
  })),
  onUnknown('Mutation.removeForumMembers', `mutation ($input: ForumPeopleInput!) { removeForumMembers(input: $input) { id } }`, (id) => ({
    input: { forumId: id, userIds: [id] },
  })),
  onUnknown('Mutation.visitForum', `mutation ($id: ID!) { visitForum(forumId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.createThread', `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`, (id) => ({
    input: { clientId: id, forumId: id, title: 'Matrix thread', source: 'Probe' },
  })),
  onUnknown('Mutation.addPost', `mutation ($input: AddPostInput!) { addPost(input: $input) { id } }`, (id) => ({
    input: { clientId: id, threadId: id, source: 'Probe' },
  })),
  onUnknown('Mutation.editPost', `mutation ($input: EditPostInput!) { editPost(input: $input) { id } }`, (id) => ({
    input: { id, version: 1, source: 'Probe' },
  })),
  onUnknown('Mutation.deletePost', `mutation ($id: ID!) { deletePost(id: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.react', `mutation ($id: ID!) { react(input: { postId: $id, kind: THANKS }) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.unreact', `mutation ($id: ID!) { unreact(input: { postId: $id, kind: THANKS }) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.flagPost', `mutation ($id: ID!) { flagPost(postId: $id, reason: "Probe") { id } }`, (id) => ({ id })),
  onUnknown('Mutation.markRead', `mutation ($id: ID!) { markRead(input: { threadId: $id, position: 1 }) { id } }`, (id) => ({ id })),
  onUnknown(
    'Mutation.setWatchLevel',
    `mutation ($id: ID!) { setWatchLevel(input: { threadId: $id, level: WATCHING }) { thread { id } } }`,
    (id) => ({ id }),
  ),
  onUnknown('Mutation.saveDraft', `mutation ($id: ID!) { saveDraft(input: { threadId: $id, source: "Probe" }) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.discardDraft', `mutation ($id: ID!) { discardDraft(threadId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.moderateThread', `mutation ($id: ID!) { moderateThread(threadId: $id, action: LOCK) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.markSolved', `mutation ($id: ID!) { markSolved(threadId: $id) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.moveThread', `mutation ($id: ID!) { moveThread(input: { threadId: $id, forumId: $id }) { id } }`, (id) => ({ id })),
  onUnknown(
    'Mutation.mergeThreads',
    `mutation ($id: ID!, $other: ID!) { mergeThreads(input: { sourceId: $id, targetId: $other }) { id } }`,
    (id) => ({
      id,
      other: '00000000-0000-4000-8000-000000000000',
    }),
  ),
  onUnknown('Mutation.moderatePost', `mutation ($id: ID!) { moderatePost(postId: $id, action: HIDE) { id } }`, (id) => ({ id })),
  onUnknown('Mutation.dismissFlags', `mutation ($id: ID!) { dismissFlags(postId: $id, input: { reason: "Probe" }) { id } }`, (id) => ({
    id,
  })),
  onUnknown('Mutation.purgePost', `mutation ($id: ID!) { purgePost(postId: $id, input: { reason: "Probe" }) { id } }`, (id) => ({ id })),
  // Any viewer may subscribe to what they read: the matrix test subscribes every viewer to a closed group's thread and
  // forum, and only its readers (admin, network moderator) are let in; everyone else gets NOT_FOUND at once.
  {
    field: 'Subscription.postAdded',
    document: `subscription ($id: ID!) { postAdded(threadId: $id) { cursor } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.forum.groupThreadId }),
  },
  {
    field: 'Subscription.threadChanged',
    document: `subscription ($id: ID!) { threadChanged(threadId: $id) { __typename } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.forum.groupThreadId }),
  },
  {
    field: 'Subscription.threadActivity',
    document: `subscription ($id: ID!) { threadActivity(forumId: $id) { cursor } }`,
    allowed: EVERYONE,
    variables: (t) => ({ id: t.forum.groupForumId }),
  },
];

/**
 * The search, per kind of forum content: a closed group's thread and post are found (hits and counts) by its
 * readers only, a members' forum's by members only. Each word is in one thread's title and first post alone.
 */
function searchRows(): MatrixCase[] {
  const document = `query ($query: String!) { search(query: $query, first: 50) { threadCount postCount
    hits { node { __typename ... on ThreadMatch { id } ... on PostMatch { threadId } } } } }`;
  const row = (name: string, query: string, threadOf: (t: MatrixTargets) => string, readers: (role: Role) => boolean): MatrixCase => {
    return {
      field: 'Query.search',
      name,
      document,
      allowed: EVERYONE,
      variables: () => ({ query }),
      check: (data, role, t) => {
        const threadId = threadOf(t);
        const { threadCount, postCount, hits } = data.search as {
          threadCount: number;
          postCount: number;
          hits: { node: { id?: string; threadId?: string } }[];
        };
        const found = hits.filter((h) => h.node.id === threadId || h.node.threadId === threadId).length;
        const expected = readers(role) ? 1 : 0;
        expectTrue(
          threadCount === expected && postCount === expected && found === 2 * expected,
          `${role} found ${threadCount} threads, ${postCount} posts, ${found} hits of ${name}`,
        );
      },
    };
  };
  return [
    row(
      "Query.search (a closed group's thread and post)",
      'quillwort',
      (t) => t.forum.groupThreadId,
      (role) => GROUP_READERS.includes(role),
    ),
    row(
      "Query.search (a members' forum's thread and post)",
      'bellflower',
      (t) => t.forum.networkThreadId,
      (role) => !isAnonymous(role),
    ),
  ];
}

function none() {
  return {};
}
