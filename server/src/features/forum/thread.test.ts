import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import {
  ADD_POST,
  CREATE_THREAD,
  countRows,
  makeForum,
  makeThread,
  reply,
  settleNotices,
  THREAD_PAGE,
  userIdOf,
} from './forum.test-support.js';

let app: TestApp;
let forumId: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  forumId = (await makeForum(app, { visibility: 'PUBLIC' })).id;
});
afterAll(() => app?.close());

const EDIT = `mutation ($input: EditPostInput!) { editPost(input: $input) { id version html edited history { version source } } }`;

describe('createThread', () => {
  it('creates a thread with its first post once, however often the same clientId is sent', async () => {
    const as = await app.cookieOf('member.lv');
    const input = {
      clientId: randomUUID(),
      forumId,
      title: 'Hotline numbers for seasonal workers',
      source: 'Which numbers do you give?',
      tags: ['Labour Exploitation', 'labour-exploitation', 'hotline'],
    };
    const first = await app.gql(CREATE_THREAD, { input }, { as });
    const retry = await app.gql(CREATE_THREAD, { input }, { as });
    expect(first.errors).toBeUndefined();
    expect(retry.data!.createThread).toEqual(first.data!.createThread);
    expect(first.data!.createThread).toMatchObject({ tags: ['labour-exploitation', 'hotline'], postCount: 1 });
    expect(await countRows(app, 'post', `thread_id = '${first.data!.createThread.id}'`)).toBe(1);
  });

  it('refuses 10,000 tags and an over-long post, and writes nothing', async () => {
    const as = await app.cookieOf('member.lv');
    const before = await countRows(app, 'thread');
    const tags = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
    const many = await app.gql(CREATE_THREAD, { input: { clientId: randomUUID(), forumId, title: 'Tags', source: 'x', tags } }, { as });
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'tags' }] });
    const long = await app.gql(
      CREATE_THREAD,
      { input: { clientId: randomUUID(), forumId, title: 'Long', source: 'x'.repeat(20_001) } },
      { as },
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source' }] });
    expect(await countRows(app, 'thread')).toBe(before);
  });

  it('refuses a 1 MB post before it is read, with a typed error', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await app.cookieOf('member.lv') },
      body: JSON.stringify({
        query: CREATE_THREAD,
        variables: { input: { clientId: randomUUID(), forumId, title: 'Big', source: 'x'.repeat(1_000_000) } },
      }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('asks anonymous visitors to sign in, even in a PUBLIC forum', async () => {
    const result = await app.gql(CREATE_THREAD, { input: { clientId: randomUUID(), forumId, title: 'Anonymous', source: 'x' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('addPost', () => {
  it('adds replies in order, once per clientId, and counts them unread for others', async () => {
    const thread = await makeThread(app, forumId);
    const as = await app.cookieOf('member.pl');
    const input = { clientId: randomUUID(), threadId: thread.id, source: 'In Gdańsk we call the NCIK hotline.' };
    const first = await app.gql(ADD_POST, { input }, { as });
    const retry = await app.gql(ADD_POST, { input }, { as });
    expect(first.data!.addPost.position).toBe(2);
    expect(retry.data!.addPost.id).toBe(first.data!.addPost.id);
    const page = await app.gql(THREAD_PAGE, { id: thread.id, first: 10 }, { as: await app.cookieOf('member.lv') });
    expect(page.data!.thread).toMatchObject({ postCount: 2, unreadCount: 1, firstUnreadCursor: '1' });
    expect(page.data!.thread.posts.edges.map((e: { node: { position: number } }) => e.node.position)).toEqual([1, 2]);
  });

  it('refuses a reply in a locked thread to members but not to moderators', async () => {
    const thread = await makeThread(app, forumId);
    const lock = await app.gql(
      `mutation ($id: ID!) { moderateThread(threadId: $id, action: LOCK, input: { reason: "Heated" }) { locked } }`,
      { id: thread.id },
      { as: await app.cookieOf('moderator') },
    );
    expect(lock.data!.moderateThread.locked).toBe(true);
    const member = await reply(app, thread.id, 'member.pl');
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(app, 'post', `thread_id = '${thread.id}'`)).toBe(1);
    const moderator = await reply(app, thread.id, 'moderator', 'Locked while we check the facts.');
    expect(moderator.errors).toBeUndefined();
  });

  it('refuses a reply-to of another thread', async () => {
    const a = await makeThread(app, forumId);
    const b = await makeThread(app, forumId);
    const [post] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from post where thread_id = ?`, [b.id]);
    const result = await app.gql(
      ADD_POST,
      { input: { clientId: randomUUID(), threadId: a.id, source: 'x', replyToId: post!.id } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.replyToId' }] });
  });
});

describe('editPost', () => {
  it('keeps a history, and answers a stale version with CONFLICT carrying the current text', async () => {
    const created = await reply(app, (await makeThread(app, forumId)).id, 'member.pl', 'First text');
    const { id, version } = created.data!.addPost;
    const as = await app.cookieOf('member.pl');
    const edited = await app.gql(EDIT, { input: { id, version, source: 'Second text' } }, { as });
    expect(edited.data!.editPost).toMatchObject({ version: version + 1, edited: true, history: [{ version, source: 'First text' }] });
    const stale = await app.gql(EDIT, { input: { id, version, source: 'Third text' } }, { as });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentSource: 'Second text', currentVersion: version + 1 });
    expect(await countRows(app, 'post_revision', `post_id = '${id}'`)).toBe(1);
    const other = await app.gql(EDIT, { input: { id, version: version + 1, source: 'Not mine' } }, { as: await app.cookieOf('member.lv') });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reactions and moderation', () => {
  it('counts reactions once per member, and refuses one on a hidden post', async () => {
    const created = await reply(app, (await makeThread(app, forumId)).id, 'member.pl', 'Useful checklist');
    const postId = created.data!.addPost.id;
    const REACT = `mutation ($postId: ID!) { react(input: { postId: $postId, kind: USEFUL }) { reactions { kind count mine } } }`;
    await app.gql(REACT, { postId }, { as: await app.cookieOf('member.lv') });
    const twice = await app.gql(REACT, { postId }, { as: await app.cookieOf('member.lv') });
    expect(twice.data!.react.reactions).toEqual([{ kind: 'USEFUL', count: 1, mine: true }]);
    const hide = await app.gql(
      `mutation ($postId: ID!) { moderatePost(postId: $postId, action: HIDE) { hidden html } }`,
      { postId },
      { as: await app.cookieOf('moderator') },
    );
    expect(hide.data!.moderatePost).toMatchObject({ hidden: true });
    expect(hide.data!.moderatePost.html).toContain('Useful checklist');
    const told = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ kind: string }[]>(`select kind from notification where recipient_id = ? and kind = 'MODERATION'`, [
        await userIdOf(app, 'member.pl'),
      ]);
    expect(told).toHaveLength(1);
    const refused = await app.gql(REACT, { postId }, { as: await app.cookieOf('admin') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(app, 'post_reaction', `post_id = '${postId}'`)).toBe(1);
  });

  it('refuses to move a thread into a forum the mover does not moderate', async () => {
    const thread = await makeThread(app, forumId);
    const target = await makeForum(app, { visibility: 'NETWORK' });
    const MOVE = `mutation ($input: MoveThreadInput!) { moveThread(input: $input) { forumId } }`;
    const member = await app.gql(MOVE, { input: { threadId: thread.id, forumId: target.id } }, { as: await app.cookieOf('member.lv') });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await app.gql(
      MOVE,
      { input: { threadId: thread.id, forumId: target.id, reason: 'Belongs there' } },
      { as: await app.cookieOf('moderator') },
    );
    expect(moved.data!.moveThread.forumId).toBe(target.id);
  });

  it('refuses a mention of someone the author cannot find in the directory, and writes nothing', async () => {
    const thread = await makeThread(app, forumId);
    const result = await app.gql(
      ADD_POST,
      { input: { clientId: randomUUID(), threadId: thread.id, source: `Ask @[them](expert:${randomUUID()}) about it` } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source' }] });
    expect(result.errors?.[0]?.message).toContain('not in the directory as you see it');
    expect(await countRows(app, 'post', `thread_id = '${thread.id}'`)).toBe(1);
  });

  it("refuses a forum's own moderator a move into a forum they do not moderate, and moves nothing", async () => {
    const source = await makeForum(app, { visibility: 'NETWORK' });
    const target = await makeForum(app, { visibility: 'NETWORK' });
    const named = await app.gql(
      `mutation ($input: ForumPeopleInput!) { setForumModerators(input: $input) { id } }`,
      { input: { forumId: source.id, userIds: [await userIdOf(app, 'member.pl')] } },
      { as: await app.cookieOf('admin') },
    );
    expect(named.errors).toBeUndefined();
    const thread = await makeThread(app, source.id);
    const refused = await app.gql(
      `mutation ($input: MoveThreadInput!) { moveThread(input: $input) { forumId } }`,
      { input: { threadId: thread.id, forumId: target.id, reason: 'Belongs there' } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe('You may move threads only into forums you moderate');
    expect(await countRows(app, 'thread', `id = '${thread.id}' and forum_id = '${source.id}'`)).toBe(1);
  });

  it('purges a post everywhere, history included', async () => {
    const created = await reply(app, (await makeThread(app, forumId)).id, 'member.pl', 'A name that must go');
    const { id, version } = created.data!.addPost;
    await app.gql(EDIT, { input: { id, version, source: 'Still the name' } }, { as: await app.cookieOf('member.pl') });
    const PURGE = `mutation ($postId: ID!) { purgePost(postId: $postId, input: { reason: "Victim data" }) { purged html } }`;
    const refused = await app.gql(PURGE, { postId: id }, { as: await app.cookieOf('member.lv') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const purged = await app.gql(PURGE, { postId: id }, { as: await app.cookieOf('moderator') });
    expect(purged.data!.purgePost).toEqual({ purged: true, html: null });
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ text: string }[]>(`select source || html || public_html || body_text as text from post where id = ?`, [id]);
    expect(row!.text).toBe('');
    expect(await countRows(app, 'post_revision', `post_id = '${id}'`)).toBe(0);
  });
});

describe('removing, answering and merging', () => {
  it('leaves "post removed" in place, lets the author mark the answer, and appends a merged thread', async () => {
    const question = await makeThread(app, forumId, 'member.lv');
    const answer = (await reply(app, question.id, 'member.pl', 'The answer')).data!.addPost.id;
    const removed = (await reply(app, question.id, 'member.pl', 'Oops')).data!.addPost.id;
    const deletion = await app.gql(
      `mutation ($id: ID!) { deletePost(id: $id) { removed html } }`,
      { id: removed },
      { as: await app.cookieOf('member.pl') },
    );
    expect(deletion.data!.deletePost).toEqual({ removed: true, html: null });
    const SOLVE = `mutation ($threadId: ID!, $postId: ID) { markSolved(threadId: $threadId, postId: $postId) { solvedPostId } }`;
    const stranger = await app.gql(SOLVE, { threadId: question.id, postId: answer }, { as: await app.cookieOf('member.pl') });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const solved = await app.gql(SOLVE, { threadId: question.id, postId: answer }, { as: await app.cookieOf('member.lv') });
    expect(solved.data!.markSolved.solvedPostId).toBe(answer);
    const other = await makeThread(app, forumId, 'member.pl');
    const merged = await app.gql(
      `mutation ($input: MergeThreadsInput!) { mergeThreads(input: $input) { id postCount } }`,
      { input: { sourceId: other.id, targetId: question.id, reason: 'Same question' } },
      { as: await app.cookieOf('moderator') },
    );
    expect(merged.data!.mergeThreads).toEqual({ id: question.id, postCount: 4 });
    expect(await countRows(app, 'thread', `id = '${other.id}'`)).toBe(0);
  });
});

describe('flags and the review queue', () => {
  const QUEUE = `{ moderationQueue { postId flagCount reasons hidden } }`;
  type Queue = { moderationQueue: { postId: string; flagCount: number; reasons: string[]; hidden: boolean }[] };

  it("puts a flagged post in its moderators' queue, not in anyone else's, until a moderator acts", async () => {
    const postId = (await reply(app, (await makeThread(app, forumId)).id, 'member.pl', 'Off-topic advert')).data!.addPost.id;
    const FLAG = `mutation ($postId: ID!, $reason: String!) { flagPost(postId: $postId, reason: $reason) { id } }`;
    const flagged = await app.gql(FLAG, { postId, reason: 'Advertising' }, { as: await app.cookieOf('member.lv') });
    expect(flagged.errors).toBeUndefined();
    const blank = await app.gql(FLAG, { postId, reason: '  ' }, { as: await app.cookieOf('admin') });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const queue = (await app.gql<Queue>(QUEUE, {}, { as: await app.cookieOf('moderator') })).data!.moderationQueue;
    expect(queue.find((item) => item.postId === postId)).toEqual({ postId, flagCount: 1, reasons: ['Advertising'], hidden: false });
    const member = (await app.gql<Queue>(QUEUE, {}, { as: await app.cookieOf('member.lv') })).data!.moderationQueue;
    expect(member).toEqual([]);
    await app.gql(
      `mutation ($postId: ID!) { moderatePost(postId: $postId, action: HIDE) { id } }`,
      { postId },
      { as: await app.cookieOf('moderator') },
    );
    const after = (await app.gql<Queue>(QUEUE, {}, { as: await app.cookieOf('moderator') })).data!.moderationQueue;
    expect(after.map((item) => item.postId)).not.toContain(postId);
  });
});

describe('the thread page', () => {
  it('runs the same statements for 5 and 50 posts, at most 5 with the session', async () => {
    const thread = await makeThread(app, forumId);
    // 49 replies by two authors, each with a reaction, written straight to the tables (49 mutations are slow on a busy machine).
    const [pl, moderator] = [await userIdOf(app, 'member.pl'), await userIdOf(app, 'moderator')];
    const connection = app.orm.em.fork().getConnection();
    await connection.execute(
      `insert into post (id, thread_id, position, author_id, source, html, public_html, body_text, created_at)
         select gen_random_uuid(), ?, n, case when n % 2 = 0 then ?::uuid else ?::uuid end, 'Reply', '<p>Reply</p>', '<p>Reply</p>', 'Reply', now()
           from generate_series(2, 50) n`,
      [thread.id, pl, moderator],
    );
    await connection.execute(`update thread set post_count = 50 where id = ?`, [thread.id]);
    await connection.execute(`insert into post_reaction (post_id, user_id, kind) select id, ?, 'THANKS' from post where thread_id = ?`, [
      pl,
      thread.id,
    ]);
    const as = await app.cookieOf('member.lv');
    // The thread's notices job would otherwise run (and be counted) while the page is read.
    await settleNotices(app);
    const run = async (first: number) =>
      app.countStatements(async () => {
        const page = await app.gql(THREAD_PAGE, { id: thread.id, first }, { as });
        expect(page.data!.thread.posts.edges).toHaveLength(first);
      });
    const five = await run(5);
    const fifty = await run(50);
    expect(fifty.length).toBe(five.length);
    expect(fifty.length).toBeLessThanOrEqual(5);
    // The session, then the thread with its page of posts in one statement.
    expect(fifty).toHaveLength(2);

    // The same page asked in a way the thread's statement does not foresee (inside a fragment, after a cursor):
    // the posts' own statement reads it, with the same answer.
    const FRAGMENT = `query ($id: ID!) { thread(id: $id) { ...Page } }
      fragment Page on ThreadPage { posts(first: 3, after: "10") { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { position html author { name } reactions { kind count mine } } } } }`;
    const DIRECT = `query ($id: ID!) { thread(id: $id) { posts(first: 3, after: "10") { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { position html author { name } reactions { kind count mine } } } } } }`;
    let fromFragment: unknown;
    let direct: unknown;
    const viaPosts = await app.countStatements(async () => {
      fromFragment = (await app.gql(FRAGMENT, { id: thread.id }, { as })).data;
    });
    const viaThread = await app.countStatements(async () => {
      direct = (await app.gql(DIRECT, { id: thread.id }, { as })).data;
    });
    expect([viaPosts.length, viaThread.length]).toEqual([3, 2]);
    expect(direct).toEqual(fromFragment);
    expect((direct as { thread: { posts: { edges: { cursor: string }[] } } }).thread.posts.edges.map((e) => e.cursor)).toEqual([
      '11',
      '12',
      '13',
    ]);
  });

  it("reads the forum's counts, a post's source and the post it answers only for a query that can show them", async () => {
    const thread = await makeThread(app, forumId, 'member.lv', { source: 'Opening **question**' });
    const as = await app.cookieOf('member.lv');
    const page = await app.gql<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(
      `query ($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id } } } } }`,
      { id: thread.id },
      { as },
    );
    const opening = page.data!.thread.posts.edges[0]!.node.id;
    const answer = await app.gql(
      ADD_POST,
      { input: { clientId: randomUUID(), threadId: thread.id, replyToId: opening, source: 'An answer' } },
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    expect(answer.errors).toBeUndefined();
    const threads = await countRows(app, 'thread', `forum_id = '${forumId}'`);

    // Asked for through fragments and an alias: everything is read.
    const FULL = `query ($id: ID!) { thread(id: $id) { ...Page } }
      fragment Page on ThreadPage { forum { title ... on Forum { count: threadCount } } posts(first: 5) { edges { node { ...Post } } } }
      fragment Post on Post { html source replyTo { position } }`;
    const full = await app.gql<{
      thread: {
        forum: { title: string; count: number };
        posts: { edges: { node: { html: string; source: string | null; replyTo: { position: number } | null } }[] };
      };
    }>(FULL, { id: thread.id }, { as });
    expect(full.errors).toBeUndefined();
    expect(full.data!.thread.forum.count).toBe(threads);
    expect(full.data!.thread.posts.edges.map((e) => e.node)).toEqual([
      { html: '<p>Opening <strong>question</strong></p>', source: 'Opening **question**', replyTo: null },
      { html: '<p>An answer</p>', source: null, replyTo: { position: 1 } },
    ]);

    // Asked for without them: the same texts, without the columns it cannot show.
    const LEAN = `query ($id: ID!) { thread(id: $id) { forum { title } posts(first: 5) { edges { node { html } } } } }`;
    const lean = await app.gql<typeof full.data>(LEAN, { id: thread.id }, { as });
    expect(lean.data!.thread.forum.title).toBe(full.data!.thread.forum.title);
    expect(lean.data!.thread.posts.edges.map((e) => e.node.html)).toEqual(full.data!.thread.posts.edges.map((e) => e.node.html));
    // An anonymous reader of this PUBLIC forum gets the public text (the same here: it names nobody).
    const anonymous = await app.gql<typeof full.data>(LEAN, { id: thread.id });
    expect(anonymous.data!.thread.posts.edges.map((e) => e.node.html)).toEqual([
      '<p>Opening <strong>question</strong></p>',
      '<p>An answer</p>',
    ]);
  });

  it('refuses a page size out of range and a forged cursor with typed errors', async () => {
    const thread = await makeThread(app, forumId);
    const as = await app.cookieOf('member.lv');
    const ask = (args: string) =>
      app.gql(`query ($id: ID!) { thread(id: $id) { posts(${args}) { totalCount } } }`, { id: thread.id }, { as });
    const errors = async (args: string) => {
      const result = (await ask(args)) as { errors?: { message: string; extensions: { code: string } }[] };
      return result.errors?.map((e) => [e.extensions.code, e.message]);
    };
    expect(await errors('first: 0')).toEqual([['BAD_USER_INPUT', 'first must be at least 1']]);
    expect(await errors('first: 101')).toEqual([['BAD_USER_INPUT', 'first must be at most 100']]);
    expect(await errors('after: "x1"')).toEqual([['BAD_USER_INPUT', 'after is not a valid cursor']]);
  });
});
