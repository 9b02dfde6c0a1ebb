import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type DemoAccountName, type TestApp } from '../../test/harness.js';
import { makeForum, makeThread, reply, userIdOf } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const THREADS = /* GraphQL */ `
  query ($slug: String!, $tag: String, $solved: Boolean, $unanswered: Boolean) {
    forum(slug: $slug) {
      threads(first: 20, tag: $tag, solved: $solved, unanswered: $unanswered) {
        edges {
          node {
            id
            pinned
          }
        }
      }
    }
  }
`;
type Threads = { forum: { threads: { edges: { node: { id: string; pinned: boolean } }[] } } };

const AUTHORS = /* GraphQL */ `
  query ($id: ID!) {
    thread(id: $id) {
      author {
        name
        former
        suspended
        expertId
      }
      posts(first: 5) {
        edges {
          node {
            html
            author {
              name
              former
              suspended
              expertId
            }
          }
        }
      }
    }
  }
`;
type Author = { name: string; former: boolean; suspended: boolean; expertId: string | null };
type Authors = { thread: { author: Author; posts: { edges: { node: { html: string | null; author: Author } }[] } } };

async function run<T = Record<string, unknown>>(who: DemoAccountName, document: string, variables: Record<string, unknown>) {
  const result = await app.gql<T>(document, variables, { as: await app.cookieOf(who) });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('a forum’s threads', () => {
  it('come pinned first, then by last activity, and filter by tag, solved and unanswered', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const shelter = await makeThread(app, forum.id, 'member.lv', { title: 'Shelter places', tags: ['Shelter'] });
    const answered = await makeThread(app, forum.id, 'member.lv', { title: 'Who refers?', tags: ['referral'] });
    const answer = (await reply(app, answered.id, 'member.pl', 'We do, through the social service.')).data!.addPost;
    const pinned = await makeThread(app, forum.id, 'member.pl', { title: 'Read first', tags: [] });
    const latest = await makeThread(app, forum.id, 'member.pl', { title: 'Latest question', tags: ['referral'] });
    await run('moderator', `mutation ($id: ID!) { moderateThread(threadId: $id, action: PIN) { id } }`, { id: pinned.id });
    await run('member.lv', `mutation ($id: ID!, $post: ID) { markSolved(threadId: $id, postId: $post) { id } }`, {
      id: answered.id,
      post: answer.id,
    });
    const ids = async (filters: Record<string, unknown> = {}) =>
      (await run<Threads>('member.pl', THREADS, { slug: forum.slug, ...filters })).forum.threads.edges.map((e) => e.node.id);

    expect(await ids()).toEqual([pinned.id, latest.id, answered.id, shelter.id]);
    // Tags are normalised (lower case) when written, and the filter takes the normalised tag.
    expect(await ids({ tag: 'shelter' })).toEqual([shelter.id]);
    expect(await ids({ tag: 'referral' })).toEqual([latest.id, answered.id]);
    expect(await ids({ solved: true })).toEqual([answered.id]);
    expect(await ids({ solved: false })).toEqual([pinned.id, latest.id, shelter.id]);
    expect(await ids({ unanswered: true })).toEqual([pinned.id, latest.id, shelter.id]);
    expect(await ids({ unanswered: true, tag: 'referral' })).toEqual([latest.id]);
  });
});

describe('authors who left', () => {
  it("keep a suspended member's posts, marked suspended", async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    await reply(app, thread.id, 'member.pl', 'Our hotline takes calls at night too.');
    await run('admin', `mutation ($id: ID!) { suspendMember(id: $id) { id } }`, { id: await userIdOf(app, 'member.pl') });
    const page = await run<Authors>('moderator', AUTHORS, { id: thread.id });
    const [, post] = page.thread.posts.edges.map((e) => e.node);
    expect(post!.html).toBe('<p>Our hotline takes calls at night too.</p>');
    expect(post!.author).toMatchObject({ suspended: true, former: false });
    expect(post!.author.name).not.toBe('Former member');
    expect(page.thread.author).toMatchObject({ suspended: false, former: false });
  });

  it('show a deleted account’s posts as a former member’s, without their profile', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    await reply(app, thread.id, 'coordinator.lt', 'Lithuania refers through the municipal social service.');
    const deleted = await app.gql<{ deleteMyAccount: boolean }>(
      `mutation { deleteMyAccount(password: "baltic-demo-password") }`,
      {},
      { as: await app.cookieOf('coordinator.lt') },
    );
    expect(deleted.data).toEqual({ deleteMyAccount: true });
    const page = await run<Authors>('moderator', AUTHORS, { id: thread.id });
    const [, post] = page.thread.posts.edges.map((e) => e.node);
    expect(post!.html).toBe('<p>Lithuania refers through the municipal social service.</p>');
    expect(post!.author).toEqual({ name: 'Former member', former: true, suspended: false, expertId: null });
  });
});
