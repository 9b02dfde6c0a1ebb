import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topic } from '../../core/pubsub.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { FORUM_NOTICES } from './forum-notices.worker.js';
import { makeForum, makeThread, reply, settleNotices, userIdOf } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const POST_ADDED = /* GraphQL */ `
  subscription ($threadId: ID!, $after: String) {
    postAdded(threadId: $threadId, after: $after) {
      cursor
      node {
        id
        position
        html
        author {
          name
        }
        reactions {
          kind
          count
          mine
        }
      }
    }
  }
`;
type PostEvent = {
  postAdded: {
    cursor: string;
    node: { id: string; position: number; html: string; reactions: { kind: string; count: number; mine: boolean }[] };
  };
};

describe('postAdded', () => {
  it('resumes after a cursor: every missed post once, in order, then the live ones', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id);
    for (let i = 0; i < 3; i++) await reply(app, thread.id, 'member.pl', `Missed ${i}`);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, {
      variables: { threadId: thread.id, after: '1' },
      cookie: await app.cookieOf('member.lv'),
    });
    try {
      for (let i = 0; i < 2; i++) await reply(app, thread.id, 'member.pl', `Live ${i}`);
      const received = [];
      for (let i = 0; i < 5; i++) received.push((await feed.next(10_000)).postAdded.node.position);
      expect(received).toEqual([2, 3, 4, 5, 6]);
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await feed.close();
    }
  });

  it('stops at once for a member removed from a closed group', async () => {
    const group = await makeForum(app, { visibility: 'GROUP' });
    const admin = await app.cookieOf('admin');
    const lv = await userIdOf(app, 'member.lv');
    const PEOPLE = (verb: 'add' | 'remove') => `mutation ($input: ForumPeopleInput!) { ${verb}ForumMembers(input: $input) { id } }`;
    await app.gql(PEOPLE('add'), { input: { forumId: group.id, userIds: [lv, await userIdOf(app, 'member.pl')] } }, { as: admin });
    const thread = await makeThread(app, group.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, {
      variables: { threadId: thread.id },
      cookie: await app.cookieOf('member.lv'),
    });
    try {
      await reply(app, thread.id, 'member.pl', 'Still in');
      expect((await feed.next(10_000)).postAdded.node.position).toBe(2);
      await app.gql(PEOPLE('remove'), { input: { forumId: group.id, userIds: [lv] } }, { as: admin });
      await reply(app, thread.id, 'member.pl', 'After the removal');
      await expect(feed.next(1500)).rejects.toThrow('no event within 1500 ms');
    } finally {
      await feed.close();
    }
  });

  it("delivers the posts a merge appends to the target's live readers once each, in order, with their own reactions", async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const source = await makeThread(app, forum.id, 'member.pl');
    const target = await makeThread(app, forum.id);
    await reply(app, target.id, 'member.lv', 'Target reply');
    const moved = [];
    for (let i = 0; i < 3; i++) moved.push((await reply(app, source.id, 'member.pl', `Moved ${i}`)).data!.addPost);
    const react = await app.gql(
      `mutation ($id: ID!) { react(input: { postId: $id, kind: USEFUL }) { id } }`,
      { id: moved[1]!.id },
      { as: await app.cookieOf('member.lv') },
    );
    expect(react.errors).toBeUndefined();
    const live = await subscribe<PostEvent>(app.url, POST_ADDED, {
      variables: { threadId: target.id, after: '2' },
      cookie: await app.cookieOf('member.lv'),
    });
    const other = await subscribe<PostEvent>(app.url, POST_ADDED, {
      variables: { threadId: target.id, after: '2' },
      cookie: await app.cookieOf('member.pl'),
    });
    try {
      await expect.poll(() => app.services.live.subscribers).toBe(2);
      const merged = await app.gql(
        `mutation ($s: ID!, $t: ID!) { mergeThreads(input: { sourceId: $s, targetId: $t }) { id postCount } }`,
        { s: source.id, t: target.id },
        { as: await app.cookieOf('moderator') },
      );
      expect(merged.data).toEqual({ mergeThreads: { id: target.id, postCount: 6 } });
      const received = [];
      for (let i = 0; i < 4; i++) received.push((await live.next(10_000)).postAdded.node);
      // The source's opening post and its three replies, after the target's two posts.
      expect(received.map((node) => node.position)).toEqual([3, 4, 5, 6]);
      expect(received.slice(1).map((node) => node.id)).toEqual(moved.map((post) => post.id));
      expect(received[2]!.reactions).toEqual([{ kind: 'USEFUL', count: 1, mine: true }]);
      await expect(live.next(500)).rejects.toThrow('no event within 500 ms');
      const others = [];
      for (let i = 0; i < 4; i++) others.push((await other.next(10_000)).postAdded.node);
      expect(others.map((node) => node.position)).toEqual([3, 4, 5, 6]);
      expect(others[2]!.reactions).toEqual([{ kind: 'USEFUL', count: 1, mine: false }]);
    } finally {
      await Promise.all([live.close(), other.close()]);
    }
    // A reader who resumes from before the merge gets the appended posts once, from the table.
    const resumed = await subscribe<PostEvent>(app.url, POST_ADDED, {
      variables: { threadId: target.id, after: '2' },
      cookie: await app.cookieOf('member.lv'),
    });
    try {
      const replayed = [];
      for (let i = 0; i < 4; i++) replayed.push((await resumed.next(10_000)).postAdded.node.position);
      expect(replayed).toEqual([3, 4, 5, 6]);
      await expect(resumed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await resumed.close();
    }
  });

  it('resolves each post once for many subscribers', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    // The new thread's notices job would otherwise run (and be counted) while an event is resolved.
    await settleNotices(app);
    const statementsFor = async (count: number) => {
      const feeds = await Promise.all(
        Array.from({ length: count }, () => subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } })),
      );
      await expect.poll(() => app.services.live.subscribers).toBe(count);
      try {
        // A post written straight to the table (and counted on its thread, as addPost does), announced by hand: the
        // statements counted are the event's resolution only.
        const [post] = await app.orm.em
          .fork()
          .getConnection()
          .execute<{ id: string }[]>(
            `with added as (
               insert into post (id, thread_id, position, source, html, public_html, body_text, created_at)
               values (gen_random_uuid(), ?, (select max(position) + 1 from post where thread_id = ?), 'x', '<p>x</p>', '<p>x</p>', 'x', now())
               returning id, position)
             update thread set post_count = added.position from added where thread.id = ? returning added.id`,
            [thread.id, thread.id, thread.id],
          );
        return await app.countStatements(async () => {
          app.services.events.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: post!.id });
          await Promise.all(feeds.map((feed) => feed.next(10_000)));
        });
      } finally {
        await Promise.all(feeds.map((feed) => feed.close()));
        await expect.poll(() => app.services.live.subscribers).toBe(0);
      }
    };
    const one = await statementsFor(1);
    const ten = await statementsFor(10);
    expect(one.length).toBeGreaterThan(0);
    expect(ten).toEqual(one);
  });
});

describe('threadActivity', () => {
  it('announces a new thread and a new post of the forum', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const feed = await subscribe<{ threadActivity: { cursor: string; node: { id: string; postCount: number } } }>(
      app.url,
      `subscription ($forumId: ID!) { threadActivity(forumId: $forumId) { cursor node { id postCount } } }`,
      { variables: { forumId: forum.id }, cookie: await app.cookieOf('member.pl') },
    );
    try {
      const thread = await makeThread(app, forum.id);
      expect((await feed.next(10_000)).threadActivity.node).toEqual({ id: thread.id, postCount: 1 });
      await reply(app, thread.id, 'member.lv', 'More');
      expect((await feed.next(10_000)).threadActivity.node).toEqual({ id: thread.id, postCount: 2 });
    } finally {
      await feed.close();
    }
  });
});

describe('notifications', () => {
  it('tells a mentioned member, and the thread author who watches it', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    const pl = await app.gql<{ viewer: { id: string; expert: { id: string } } }>(
      `{ viewer { id expert { id } } }`,
      {},
      { as: await app.cookieOf('member.pl') },
    );
    const { id: plUser, expert } = pl.data!.viewer;
    await reply(app, thread.id, 'moderator', `What does @[you](expert:${expert.id}) think?`);
    await settleNotices(app);
    const kindsOf = async (recipient: string) =>
      (
        await app.orm.em
          .fork()
          .getConnection()
          .execute<{ kind: string }[]>(`select kind from notification where recipient_id = ? and context = ? order by kind`, [
            recipient,
            `forum:${forum.id}`,
          ])
      ).map((r) => r.kind);
    expect(await kindsOf(plUser)).toEqual(['MENTION']);
    // The thread's author watches it: every reply reaches them.
    expect(await kindsOf(await userIdOf(app, 'member.lv'))).toEqual(['NEW_POST']);
  });

  it('notifies, mails and announces once when the notices effect is delivered again after a crash before its mark', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    const pl = await app.gql<{ viewer: { id: string; expert: { id: string } } }>(
      `{ viewer { id expert { id } } }`,
      {},
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    const { id: plUser, expert } = pl.data!.viewer;
    const post = (await reply(app, thread.id, 'moderator', `Over to @[you](expert:${expert.id})`)).data!.addPost;
    await settleNotices(app);
    const em = app.orm.em.fork();
    // The process handed the job on, then died before marking the effect delivered: the sweep delivers it again.
    await em.execute(`update outbox_effect set delivered_at = null, locked_until = null where idempotency_key = ?`, [`notices:${post.id}`]);
    const [effect] = await em.execute<{ id: string }[]>(`select id from outbox_effect where idempotency_key = ?`, [`notices:${post.id}`]);
    expect(await app.services.outbox.deliver(effect!.id)).toBe('delivered');
    await settleNotices(app);
    const runs = await em.execute<{ state: string }[]>(`select state from pgboss.job where name = ? and singleton_key = ?`, [
      FORUM_NOTICES,
      `notices:${post.id}`,
    ]);
    expect(runs.map((run) => run.state)).toEqual(['completed', 'completed']);
    const notices = await em.execute<{ id: string; recipient_id: string; kind: string }[]>(
      `select id, recipient_id, kind from notification where subject_id = ? order by kind`,
      [post.id],
    );
    expect(notices.map((n) => [n.recipient_id, n.kind])).toEqual([
      [plUser, 'MENTION'],
      [await userIdOf(app, 'member.lv'), 'NEW_POST'],
    ]);
    const announced = await em.execute<{ id: string }[]>(
      `select payload->'payload'->>'notificationId' as id from outbox_effect
        where kind = 'event' and payload->>'topic' like 'notifications:%' and payload->'payload'->>'notificationId' = any(?::text[])
        order by id`,
      [`{${notices.map((n) => n.id).join(',')}}`],
    );
    expect(announced.map((a) => a.id)).toEqual(notices.map((n) => n.id).toSorted());
    const mails = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from outbox_effect where kind = 'mail' and idempotency_key = ?`,
      [`notification-mail:${notices[0]!.id}`],
    );
    expect(mails).toEqual([{ n: 1 }]);
  });
});
