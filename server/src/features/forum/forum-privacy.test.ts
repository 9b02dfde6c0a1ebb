import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { ADD_POST, CREATE_THREAD, THREAD_PAGE, makeForum, makeThread, reply, userIdOf } from './forum.test-support.js';

let app: TestApp;
let group: { id: string; slug: string };
let threadId: string;
let postId: string;

const MEMBERS = `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  group = await makeForum(app, { visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
  const added = await app.gql(
    MEMBERS,
    { input: { forumId: group.id, userIds: [await userIdOf(app, 'member.lv')] } },
    { as: await app.cookieOf('admin') },
  );
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  threadId = (await makeThread(app, group.id, 'member.lv', { title: 'Joint referral procedure draft' })).id;
  postId = (await reply(app, threadId, 'member.lv', 'Second draft attached')).data!.addPost.id;
});
afterAll(() => app?.close());

const expertIdOf = async (name: 'member.pl' | 'member.lv') =>
  (await app.gql<{ viewer: { expert: { id: string } } }>(`{ viewer { expert { id } } }`, {}, { as: await app.cookieOf(name) })).data!.viewer
    .expert.id;

describe('a GROUP forum, to a member outside it', () => {
  it('is in no list, and its forum and thread are null (not FORBIDDEN)', async () => {
    for (const as of [await app.cookieOf('member.pl'), null]) {
      const forums = await app.gql<{ forums: { id: string }[] }>(`{ forums { id } }`, {}, { as });
      expect(forums.data!.forums.map((f) => f.id)).not.toContain(group.id);
      const forum = await app.gql(`query ($slug: String!) { forum(slug: $slug) { id } }`, { slug: group.slug }, { as });
      expect(forum.data!.forum).toBeNull();
      const thread = await app.gql(THREAD_PAGE, { id: threadId, first: 5 }, { as });
      expect(thread.data!.thread).toBeNull();
    }
    const insider = await app.gql(THREAD_PAGE, { id: threadId, first: 5 }, { as: await app.cookieOf('member.lv') });
    expect(insider.data!.thread.posts.totalCount).toBe(2);
  });

  it('answers NOT_FOUND to writes and subscriptions', async () => {
    const as = await app.cookieOf('member.pl');
    const posting = await app.gql(ADD_POST, { input: { clientId: randomUUID(), threadId, source: 'Let me in' } }, { as });
    expect(posting.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const starting = await app.gql(
      CREATE_THREAD,
      { input: { clientId: randomUUID(), forumId: group.id, title: 'Hello', source: 'x' } },
      { as },
    );
    expect(starting.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reacting = await app.gql(
      `mutation ($postId: ID!) { react(input: { postId: $postId, kind: THANKS }) { id } }`,
      { postId },
      { as },
    );
    expect(reacting.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const feed = await subscribe(app.url, `subscription ($id: ID!) { postAdded(threadId: $id) { cursor } }`, {
      variables: { id: threadId },
      cookie: as,
    });
    try {
      const result = await feed.result();
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await feed.close();
    }
  });

  it('never reaches the network activity feed', async () => {
    const feed = await app.gql<{ networkActivity: { edges: { node: { thread: { id: string } | null } }[] } }>(
      `{ networkActivity(first: 100) { edges { node { thread { id } } } } }`,
      {},
      { as: await app.cookieOf('member.pl') },
    );
    expect(feed.data!.networkActivity.edges.map((e) => e.node.thread?.id)).not.toContain(threadId);
  });

  it('refuses a mention of a member outside the group, and writes nothing', async () => {
    const outsider = await expertIdOf('member.pl');
    const result = await app.gql(
      ADD_POST,
      { input: { clientId: randomUUID(), threadId, source: `Ask @[them](expert:${outsider}) about it` } },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source' }] });
    const page = await app.gql(THREAD_PAGE, { id: threadId, first: 5 }, { as: await app.cookieOf('member.lv') });
    expect(page.data!.thread.postCount).toBe(2);
  });
});

describe('the network activity feed', () => {
  const FEED = `{ networkActivity(first: 20) { edges { node { kind thread { id title forumSlug } } } } }`;
  type Feed = { networkActivity: { edges: { node: { kind: string; thread: { id: string } | null } }[] } };
  const threadIds = (feed: Feed) => feed.networkActivity.edges.flatMap((e) => (e.node.thread ? [e.node.thread.id] : []));

  it('announces a new thread of a PUBLIC forum to everyone, and of a NETWORK forum to members only', async () => {
    const open = await makeThread(app, (await makeForum(app, { visibility: 'PUBLIC' })).id);
    const members = await makeThread(app, (await makeForum(app, { visibility: 'NETWORK' })).id);
    const anonymous = (await app.gql<Feed>(FEED)).data!;
    expect(threadIds(anonymous)).toContain(open.id);
    expect(threadIds(anonymous)).not.toContain(members.id);
    const member = (await app.gql<Feed>(FEED, {}, { as: await app.cookieOf('member.pl') })).data!;
    expect(threadIds(member)).toEqual(expect.arrayContaining([open.id, members.id]));
  });
});

describe('the victim-data guardrail', () => {
  const PESEL = 'Client born 1944-05-14, PESEL 44051401359, needs shelter';

  it('refuses an unconfirmed finding with its span, and keeps a confirmed one with the post', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const as = await app.cookieOf('member.pl');
    const input = { clientId: randomUUID(), forumId: forum.id, title: 'Shelter places', source: PESEL };
    const refused = await app.gql(CREATE_THREAD, { input }, { as });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const findings = refused.errors![0]!.extensions!.guardrail.findings as { kind: string; text: string }[];
    expect(findings.map((f) => f.kind)).toContain('NATIONAL_ID');
    const confirmations = findings.map(({ kind, text }) => ({ kind, text }));
    const accepted = await app.gql(CREATE_THREAD, { input: { ...input, confirmations } }, { as });
    expect(accepted.errors).toBeUndefined();
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ confirmations: { kind: string }[] }[]>(`select guardrail_confirmations as confirmations from post where client_id = ?`, [
        input.clientId,
      ]);
    expect(row!.confirmations.map((c) => c.kind)).toContain('NATIONAL_ID');
  });
});

describe('removing a member from the group', () => {
  it('takes the group away from them at once', async () => {
    const lv = await userIdOf(app, 'member.lv');
    const removed = await app.gql(
      `mutation ($input: ForumPeopleInput!) { removeForumMembers(input: $input) { id } }`,
      { input: { forumId: group.id, userIds: [lv] } },
      { as: await app.cookieOf('admin') },
    );
    expect(removed.errors).toBeUndefined();
    const thread = await app.gql(THREAD_PAGE, { id: threadId, first: 5 }, { as: await app.cookieOf('member.lv') });
    expect(thread.data!.thread).toBeNull();
  });
});
