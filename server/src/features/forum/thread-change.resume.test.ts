import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topic } from '../../core/pubsub.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { makeForum, makeThread, reply, userIdOf } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const THREAD_CHANGED = /* GraphQL */ `
  subscription ($threadId: ID!, $after: String) {
    threadChanged(threadId: $threadId, after: $after) {
      ... on PostChanged {
        cursor
        post {
          id
          version
          reactions {
            count
          }
        }
      }
      ... on ThreadStateChanged {
        cursor
        thread {
          locked
        }
      }
    }
  }
`;
type ChangeEvent = {
  threadChanged: { cursor: string; post?: { id: string; version: number; reactions: { count: number }[] }; thread?: { locked: boolean } };
};
const REACT = `mutation ($id: ID!) { react(input: { postId: $id, kind: USEFUL }) { id } }`;
const EDIT = `mutation ($id: ID!, $version: Int!, $source: String!) { editPost(input: { id: $id, version: $version, source: $source }) { version } }`;
const PEOPLE = (verb: 'add' | 'remove') => `mutation ($input: ForumPeopleInput!) { ${verb}ForumMembers(input: $input) { id } }`;
const LOCK = `mutation ($id: ID!) { moderateThread(threadId: $id, action: LOCK) { id } }`;

describe('threadChanged resumes and checks rights', () => {
  it('from a cursor: what changed while away, each post once as it now is, in order, then the live changes', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id);
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push((await reply(app, thread.id, 'member.pl', `Post ${i}`)).data!.addPost);
    const pl = await app.cookieOf('member.pl');
    const page = await app.gql<{ thread: { changesCursor: string } }>(
      `query ($id: ID!) { thread(id: $id) { changesCursor } }`,
      { id: thread.id },
      { as: pl },
    );
    const moderator = await app.cookieOf('moderator');
    // While the reader is away: post 0 edited twice, post 2 reacted to, the thread locked, post 1 reacted to.
    let version = posts[0]!.version;
    for (const source of ['Post 0, edited', 'Post 0, edited again']) {
      version = (await app.gql<{ editPost: { version: number } }>(EDIT, { id: posts[0]!.id, version, source }, { as: pl })).data!.editPost
        .version;
    }
    await app.gql(REACT, { id: posts[2]!.id }, { as: moderator });
    await app.gql(LOCK, { id: thread.id }, { as: moderator });
    await app.gql(REACT, { id: posts[1]!.id }, { as: moderator });
    const feed = await subscribe<ChangeEvent>(app.url, THREAD_CHANGED, {
      variables: { threadId: thread.id, after: page.data!.thread.changesCursor },
      cookie: await app.cookieOf('member.lv'),
    });
    try {
      const missed = [];
      for (let i = 0; i < 4; i++) missed.push((await feed.next(10_000)).threadChanged);
      expect(missed.map((c) => c.post?.id ?? 'thread')).toEqual([posts[0]!.id, posts[2]!.id, 'thread', posts[1]!.id]);
      expect(missed[0]!.post!.version).toBe(version);
      expect(missed[2]!.thread).toEqual({ locked: true });
      // A reconnect from the second change's cursor gets the last two only.
      const again = await subscribe<ChangeEvent>(app.url, THREAD_CHANGED, {
        variables: { threadId: thread.id, after: missed[1]!.cursor },
        cookie: await app.cookieOf('member.lv'),
      });
      try {
        expect((await again.next(10_000)).threadChanged.thread).toEqual({ locked: true });
        expect((await again.next(10_000)).threadChanged.post!.id).toBe(posts[1]!.id);
        await app.gql(REACT, { id: posts[0]!.id }, { as: moderator });
        expect((await again.next(10_000)).threadChanged.post).toMatchObject({ id: posts[0]!.id, reactions: [{ count: 1 }] });
      } finally {
        await again.close();
      }
      // The first stream, still open, gets the live change once too, and nothing it had already.
      expect((await feed.next(10_000)).threadChanged.post!.id).toBe(posts[0]!.id);
      await expect(feed.next(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await feed.close();
    }
  });

  it('refuses a forged cursor', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<ChangeEvent>(app.url, THREAD_CHANGED, {
      variables: { threadId: thread.id, after: 'not-a-cursor' },
      cookie: await app.cookieOf('member.lv'),
    });
    try {
      expect((await feed.result(10_000)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await feed.close();
    }
  });

  it('stops at once for a member removed from a closed group', async () => {
    const group = await makeForum(app, { visibility: 'GROUP' });
    const admin = await app.cookieOf('admin');
    const lv = await userIdOf(app, 'member.lv');
    await app.gql(PEOPLE('add'), { input: { forumId: group.id, userIds: [lv, await userIdOf(app, 'member.pl')] } }, { as: admin });
    const thread = await makeThread(app, group.id, 'member.pl');
    const feed = await subscribe<ChangeEvent>(app.url, THREAD_CHANGED, {
      variables: { threadId: thread.id },
      cookie: await app.cookieOf('member.lv'),
    });
    const moderator = await app.cookieOf('moderator');
    try {
      await app.gql(LOCK, { id: thread.id }, { as: moderator });
      expect((await feed.next(10_000)).threadChanged.thread).toEqual({ locked: true });
      await app.gql(PEOPLE('remove'), { input: { forumId: group.id, userIds: [lv] } }, { as: admin });
      const [opening] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(`select id from post where thread_id = ?`, [thread.id]);
      await app.gql(REACT, { id: opening!.id }, { as: moderator });
      await expect(feed.next(1500)).rejects.toThrow('no event within 1500 ms');
      await expect.poll(() => app.services.live.subscribers).toBe(0);
    } finally {
      await feed.close();
    }
  });

  it('resolves each change once, however many subscribe', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const [opening] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from post where thread_id = ?`, [thread.id]);
    const statementsFor = async (count: number, event: 'POST_CHANGED' | 'THREAD_CHANGED') => {
      const feeds = await Promise.all(
        Array.from({ length: count }, () => subscribe<ChangeEvent>(app.url, THREAD_CHANGED, { variables: { threadId: thread.id } })),
      );
      await expect.poll(() => app.services.live.subscribers).toBe(count);
      try {
        // A change written straight to the table, announced by hand: the statements counted are the event's resolution only.
        const table = event === 'POST_CHANGED' ? 'post' : 'thread';
        const id = event === 'POST_CHANGED' ? opening!.id : thread.id;
        await app.orm.em.fork().getConnection().execute(`update ${table} set changed_at = clock_timestamp() where id = ?`, [id]);
        return await app.countStatements(async () => {
          app.services.events.publish(
            topic('thread', thread.id),
            event === 'POST_CHANGED' ? { kind: event, threadId: thread.id, postId: id } : { kind: event, threadId: thread.id },
          );
          await Promise.all(feeds.map((feed) => feed.next(10_000)));
        });
      } finally {
        await Promise.all(feeds.map((feed) => feed.close()));
        await expect.poll(() => app.services.live.subscribers).toBe(0);
      }
    };
    for (const event of ['POST_CHANGED', 'THREAD_CHANGED'] as const) {
      const one = await statementsFor(1, event);
      const twenty = await statementsFor(20, event);
      expect(one).toHaveLength(2);
      expect(twenty).toEqual(one);
    }
  });
});
