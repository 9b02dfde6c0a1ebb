import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../core/outbox/run-command.js';
import { topic } from '../../core/pubsub.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { makeForum, makeThread, reply } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const POST_ADDED = /* GraphQL */ `
  subscription ($threadId: ID!) {
    postAdded(threadId: $threadId) {
      cursor
      node {
        position
        html
      }
    }
  }
`;
type PostEvent = { postAdded: { cursor: string; node: { position: number; html: string } } };

/** A post written straight to the table (no command, no event): the tests decide how it is announced. */
async function insertPost(threadId: string, text: string): Promise<string> {
  const [post] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into post (id, thread_id, position, source, html, public_html, body_text, created_at)
       values (gen_random_uuid(), ?, (select max(position) + 1 from post where thread_id = ?), ?, ?, ?, ?, now())
       returning id`,
      [threadId, threadId, text, `<p>${text}</p>`, `<p>${text}</p>`, text],
    );
  return post!.id;
}

const threadEvents = (threadId: string) =>
  app.orm.em
    .fork()
    .execute<{ delivered: boolean; locked: boolean; attempts: number }[]>(
      `select delivered_at is not null as delivered, locked_until is not null as locked, attempts from outbox_effect where kind = 'event' and payload->>'topic' = ?`,
      [`thread:${threadId}`],
    );

describe('postAdded delivery', () => {
  it('is published by the committing process before the mutation answers, not by a queued job', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } });
    try {
      await reply(app, thread.id, 'member.pl', 'Straight after the commit');
      // Read when addPost has answered: no runner job could have taken it yet, and none ever will.
      expect(await threadEvents(thread.id)).toEqual([{ delivered: true, locked: false, attempts: 1 }]);
      expect((await feed.next(10_000)).postAdded.node.position).toBe(2);
    } finally {
      await feed.close();
    }
  });

  it('shows a post once when its signal arrives twice', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } });
    try {
      const postId = await insertPost(thread.id, 'Announced twice');
      const signal = { kind: 'POST_ADDED' as const, threadId: thread.id, postId };
      // Published by the committing process, then again by the fallback after it died before marking it.
      app.services.events.publish(topic('thread', thread.id), signal);
      app.services.events.publish(topic('thread', thread.id), signal);
      const later = await insertPost(thread.id, 'The next one');
      app.services.events.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: later });
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 2, html: '<p>Announced twice</p>' });
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 3, html: '<p>The next one</p>' });
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await feed.close();
    }
  });

  it('keeps thread order when an earlier post’s event comes after a later one’s (the sweep after a crash)', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } });
    try {
      // Post 2 committed, but its process died before publishing; post 3 went out at once.
      const late = await insertPost(thread.id, 'Committed before the crash');
      const next = await insertPost(thread.id, 'Committed after it');
      app.services.events.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: next });
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 2, html: '<p>Committed before the crash</p>' });
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 3, html: '<p>Committed after it</p>' });
      // The sweep publishes post 2 at last: the subscriber has it already.
      app.services.events.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: late });
      const after = await insertPost(thread.id, 'And the next');
      app.services.events.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId: after });
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 4, html: '<p>And the next</p>' });
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await feed.close();
    }
  });

  it('goes out once, through the runner at once, when the publish right after the commit fails', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } });
    const { events } = app.services;
    const publish = events.publishConfirmed;
    let failures = 0;
    // Redis refuses the first publish (a lost connection); the next one, the runner's, succeeds.
    events.publishConfirmed = async (channel, payload) => {
      if (channel.name !== `thread:${thread.id}` || failures++ > 0) return publish(channel, payload);
      throw new Error('simulated: the event bus refused the publish');
    };
    try {
      await reply(app, thread.id, 'member.pl', 'Published on the second try');
      expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 2, html: '<p>Published on the second try</p>' });
      await app.drainEffects();
      expect(failures).toBe(2);
      // The failed publish and the runner's: two attempts, delivered, and the subscriber saw the post once.
      expect(await threadEvents(thread.id)).toEqual([{ delivered: true, locked: false, attempts: 2 }]);
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      events.publishConfirmed = publish;
      await feed.close();
    }
  });

  it('still goes out, through the sweep, when the process died between the commit and the publish', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const thread = await makeThread(app, forum.id);
    const feed = await subscribe<PostEvent>(app.url, POST_ADDED, { variables: { threadId: thread.id } });
    try {
      const postId = await insertPost(thread.id, 'Committed, then the process died');
      // A dispatcher that takes direct delivery on (so the event is stored leased to it) and never gets to it.
      const died = { dispatch: async () => {}, direct: ['event' as const], directLeaseSeconds: 1 };
      await runCommand({ ...app.commandDeps(), outbox: died }, async (uow) =>
        uow.publish(topic('thread', thread.id), { kind: 'POST_ADDED', threadId: thread.id, postId }),
      );
      const [stored] = await threadEvents(thread.id).then((rows) => rows.filter((row) => !row.delivered));
      expect(stored).toEqual({ delivered: false, locked: true, attempts: 0 });
      // Its lease passes; the sweep (every minute in a server, called here every 200 ms) hands it to the runner. Only
      // a sweep can: the dispatcher that leased it never delivers. The scheduled sweep may find it first (CI saw the
      // calls here return 0 for 10 s once), so what is asserted is the post arriving, not which sweep found it.
      const sweeping = setInterval(() => void app.services.outbox.sweep().catch(() => undefined), 200);
      try {
        expect((await feed.next(10_000)).postAdded.node).toEqual({ position: 2, html: '<p>Committed, then the process died</p>' });
      } finally {
        clearInterval(sweeping);
      }
      await expect.poll(() => threadEvents(thread.id).then((rows) => rows.filter((row) => !row.delivered).length)).toBe(0);
    } finally {
      await feed.close();
    }
  });
});

describe('threadActivity delivery', () => {
  it('still sends a thread whose event came after a later thread’s (the sweep after a crash), once', async () => {
    const forum = await makeForum(app, { visibility: 'PUBLIC' });
    const [first, second] = [await makeThread(app, forum.id), await makeThread(app, forum.id)];
    const feed = await subscribe<{ threadActivity: { node: { id: string; lastPostAt: string } } }>(
      app.url,
      `subscription ($forumId: ID!) { threadActivity(forumId: $forumId) { node { id lastPostAt } } }`,
      { variables: { forumId: forum.id } },
    );
    try {
      const connection = app.orm.em.fork().getConnection();
      // Activity in the first thread, then in the second; the first one's process died before publishing.
      await connection.execute(`update thread set last_post_at = now() + interval '1 minute' where id = ?`, [first.id]);
      await connection.execute(`update thread set last_post_at = now() + interval '2 minutes' where id = ?`, [second.id]);
      const announce = (threadId: string) => app.services.events.publish(topic('forum', forum.id), { kind: 'THREAD_ACTIVITY', threadId });
      announce(second.id);
      expect((await feed.next(10_000)).threadActivity.node.id).toBe(second.id);
      announce(first.id);
      expect((await feed.next(10_000)).threadActivity.node.id).toBe(first.id);
      // Published again (the sweep after a crash before the mark): nothing new about that thread.
      announce(first.id);
      await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
    } finally {
      await feed.close();
    }
  });
});
