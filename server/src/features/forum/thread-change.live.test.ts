import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type DemoAccountName, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { makeForum, makeThread, reply } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const THREAD_CHANGED = /* GraphQL */ `
  subscription ($threadId: ID!, $after: String) {
    threadChanged(threadId: $threadId, after: $after) {
      __typename
      ... on PostChanged {
        cursor
        post {
          id
          html
          edited
          removed
          hidden
          purged
          reactions {
            kind
            count
            mine
          }
        }
      }
      ... on ThreadStateChanged {
        cursor
        thread {
          id
          forumId
          locked
          pinned
          solvedPostId
          viewerCan {
            reply
            moderate
          }
        }
      }
      ... on ThreadMerged {
        threadId
        targetThreadId
      }
    }
  }
`;
interface PostState {
  id: string;
  html: string | null;
  edited: boolean;
  removed: boolean;
  hidden: boolean;
  purged: boolean;
  reactions: { kind: string; count: number; mine: boolean }[];
}
type Change =
  | { __typename: 'PostChanged'; cursor: string; post: PostState }
  | {
      __typename: 'ThreadStateChanged';
      cursor: string;
      thread: {
        id: string;
        forumId: string;
        locked: boolean;
        pinned: boolean;
        solvedPostId: string | null;
        viewerCan: { reply: boolean; moderate: boolean };
      };
    }
  | { __typename: 'ThreadMerged'; threadId: string; targetThreadId: string };
type ChangeEvent = { threadChanged: Change };

async function run<T = Record<string, unknown>>(who: DemoAccountName, document: string, variables: Record<string, unknown>) {
  const result = await app.gql<T>(document, variables, { as: await app.cookieOf(who) });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const EDIT = `mutation ($id: ID!, $version: Int!, $source: String!) { editPost(input: { id: $id, version: $version, source: $source }) { id } }`;
const REACT = `mutation ($id: ID!) { react(input: { postId: $id, kind: THANKS }) { id } }`;
const HIDE = `mutation ($id: ID!) { moderatePost(postId: $id, action: HIDE) { id } }`;
const DELETE = `mutation ($id: ID!) { deletePost(id: $id) { id } }`;
const PURGE = `mutation ($id: ID!) { purgePost(postId: $id, input: { reason: "Victim data" }) { id } }`;
const MODERATE_THREAD = `mutation ($id: ID!, $action: ThreadModeration!) { moderateThread(threadId: $id, action: $action) { id } }`;
const SOLVE = `mutation ($id: ID!, $post: ID) { markSolved(threadId: $id, postId: $post) { id } }`;

async function open(threadId: string, who: DemoAccountName | null, after?: string) {
  return subscribe<ChangeEvent>(app.url, THREAD_CHANGED, {
    variables: { threadId, after },
    cookie: who ? await app.cookieOf(who) : undefined,
  });
}

const post = (change: Change) => {
  if (change.__typename !== 'PostChanged') throw new Error(`expected a post change, got ${change.__typename}`);
  return change.post;
};
const threadState = (change: Change) => {
  if (change.__typename !== 'ThreadStateChanged') throw new Error(`expected a thread change, got ${change.__typename}`);
  return change.thread;
};

describe('threadChanged', () => {
  it('carries edits, reactions, hides, removals and purges as the post now is, for each viewer', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id);
    const a = (await reply(app, thread.id, 'member.pl', 'First text')).data!.addPost;
    const b = (await reply(app, thread.id, 'member.pl', 'Second')).data!.addPost;
    const c = (await reply(app, thread.id, 'member.pl', 'Third')).data!.addPost;
    const member = await open(thread.id, 'member.lv');
    const moderator = await open(thread.id, 'moderator');
    try {
      await run('member.pl', EDIT, { id: a.id, version: a.version, source: 'Edited text' });
      expect(post((await member.next(10_000)).threadChanged)).toMatchObject({ id: a.id, html: '<p>Edited text</p>', edited: true });
      await run('member.lv', REACT, { id: a.id });
      expect(post((await member.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: true }]);
      await run('moderator', HIDE, { id: b.id });
      expect(post((await member.next(10_000)).threadChanged)).toMatchObject({ id: b.id, hidden: true, html: null });
      await run('member.pl', DELETE, { id: c.id });
      expect(post((await member.next(10_000)).threadChanged)).toMatchObject({ id: c.id, removed: true, html: null });
      await run('moderator', PURGE, { id: a.id });
      expect(post((await member.next(10_000)).threadChanged)).toMatchObject({ id: a.id, purged: true, html: null });
      // The moderator's stream got the same changes, with the hidden post's text still readable to them.
      const seen: PostState[] = [];
      for (let i = 0; i < 5; i++) seen.push(post((await moderator.next(10_000)).threadChanged));
      expect(seen.map((p) => p.id)).toEqual([a.id, a.id, b.id, c.id, a.id]);
      expect(seen[2]).toMatchObject({ hidden: true, html: '<p>Second</p>' });
      // The same reaction, resolved once, is the moderator's to see but not theirs.
      expect(seen[1]!.reactions).toEqual([{ kind: 'THANKS', count: 1, mine: false }]);
      await expect(member.next(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await Promise.all([member.close(), moderator.close()]);
    }
  });

  it('carries lock, pin and the marked answer; nothing for a refused change', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    const answer = (await reply(app, thread.id, 'member.pl', 'The answer')).data!.addPost;
    const anonymous = await open(thread.id, null);
    try {
      // Refused (a member may not lock): the transaction rolls back and nothing is announced, so the first event is the lock.
      const refused = await app.gql(MODERATE_THREAD, { id: thread.id, action: 'LOCK' }, { as: await app.cookieOf('member.pl') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await run('moderator', MODERATE_THREAD, { id: thread.id, action: 'LOCK' });
      expect(threadState((await anonymous.next(10_000)).threadChanged)).toMatchObject({ id: thread.id, locked: true, pinned: false });
      await run('moderator', MODERATE_THREAD, { id: thread.id, action: 'PIN' });
      expect(threadState((await anonymous.next(10_000)).threadChanged)).toMatchObject({ locked: true, pinned: true });
      await run('member.lv', SOLVE, { id: thread.id, post: answer.id });
      expect(threadState((await anonymous.next(10_000)).threadChanged).solvedPostId).toBe(answer.id);
      await expect(anonymous.next(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await anonymous.close();
    }
  });

  it("carries each reader's own rights in the thread's new state: a lock takes replies from members, not moderators", async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    const member = await open(thread.id, 'member.pl');
    const moderator = await open(thread.id, 'moderator');
    try {
      await run('moderator', MODERATE_THREAD, { id: thread.id, action: 'LOCK' });
      expect(threadState((await member.next(10_000)).threadChanged)).toMatchObject({
        locked: true,
        viewerCan: { reply: false, moderate: false },
      });
      expect(threadState((await moderator.next(10_000)).threadChanged).viewerCan).toEqual({ reply: true, moderate: true });
      await run('moderator', MODERATE_THREAD, { id: thread.id, action: 'UNLOCK' });
      expect(threadState((await member.next(10_000)).threadChanged)).toMatchObject({ locked: false, viewerCan: { reply: true } });
      await run('moderator', MODERATE_THREAD, { id: thread.id, action: 'CLOSE' });
      expect(threadState((await member.next(10_000)).threadChanged).viewerCan.reply).toBe(false);
    } finally {
      await Promise.all([member.close(), moderator.close()]);
    }
  });

  it('follows a move, and ends for a reader of the old forum who cannot read the new one', async () => {
    const from = await makeForum(app, { visibility: 'PUBLIC' });
    const to = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, from.id);
    const member = await open(thread.id, 'member.pl');
    const anonymous = await open(thread.id, null);
    try {
      await run('admin', `mutation ($t: ID!, $f: ID!) { moveThread(input: { threadId: $t, forumId: $f }) { id } }`, {
        t: thread.id,
        f: to.id,
      });
      expect(threadState((await member.next(10_000)).threadChanged).forumId).toBe(to.id);
      // The anonymous reader's stream ended: its upstream subscription is gone, and nothing more reaches it.
      await expect.poll(() => app.services.live.subscribers).toBe(1);
      await run('admin', MODERATE_THREAD, { id: thread.id, action: 'PIN' });
      expect(threadState((await member.next(10_000)).threadChanged).pinned).toBe(true);
      await expect(anonymous.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await Promise.all([member.close(), anonymous.close()]);
    }
  });

  it("keeps each reader's own reactions: counts for all, `mine` for whoever gave it, also when resuming", async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const a = (await reply(app, thread.id, 'member.pl', 'Useful advice')).data!.addPost;
    const lv = await open(thread.id, 'member.lv');
    const pl = await open(thread.id, 'member.pl');
    const anonymous = await open(thread.id, null);
    let cursor: string;
    try {
      await run('member.lv', REACT, { id: a.id });
      const [own, other, nobody] = await Promise.all([lv.next(10_000), pl.next(10_000), anonymous.next(10_000)]);
      expect(post(own.threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: true }]);
      expect(post(other.threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: false }]);
      expect(post(nobody.threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: false }]);
      cursor = (own.threadChanged as { cursor: string }).cursor;
      await run('member.pl', REACT, { id: a.id });
      expect(post((await lv.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 2, mine: true }]);
      expect(post((await pl.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 2, mine: true }]);
      await run('member.lv', `mutation ($id: ID!) { unreact(input: { postId: $id, kind: THANKS }) { id } }`, { id: a.id });
      expect(post((await lv.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: false }]);
      expect(post((await pl.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: true }]);
    } finally {
      await Promise.all([lv.close(), pl.close(), anonymous.close()]);
    }
    // A reader who resumes from the first change gets the post as it is now, with their own reaction.
    const resumed = await open(thread.id, 'member.pl', cursor);
    try {
      expect(post((await resumed.next(10_000)).threadChanged).reactions).toEqual([{ kind: 'THANKS', count: 1, mine: true }]);
    } finally {
      await resumed.close();
    }
  });

  it('tells the readers of a merged thread where its posts went', async () => {
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const source = await makeThread(app, forum.id);
    const target = await makeThread(app, forum.id);
    const member = await open(source.id, 'member.pl');
    const following = await open(target.id, 'member.pl');
    try {
      await run('moderator', `mutation ($s: ID!, $t: ID!) { mergeThreads(input: { sourceId: $s, targetId: $t }) { id } }`, {
        s: source.id,
        t: target.id,
      });
      expect((await member.next(10_000)).threadChanged).toEqual({
        __typename: 'ThreadMerged',
        threadId: source.id,
        targetThreadId: target.id,
      });
      expect(threadState((await following.next(10_000)).threadChanged).id).toBe(target.id);
    } finally {
      await Promise.all([member.close(), following.close()]);
    }
  });
});
