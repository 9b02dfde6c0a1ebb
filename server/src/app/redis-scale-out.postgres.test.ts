import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail } from '../test/harness.js';
import { admin, post, scaleOutEnv, signIn, startServer, stopServer, type ServerProcess } from '../test/server-processes.js';
import { subscribe } from '../test/subscribe.js';

const { TEST_DATABASE_URL, REDIS_URL } = process.env;
// Runs in the postgres project only (PGlite is single-process). Without REDIS_URL there is nothing to scale out
// across, so the suite is skipped and says so; .ci/run always provides Redis.
const canScaleOut = Boolean(TEST_DATABASE_URL && REDIS_URL);

describe.runIf(canScaleOut)('two server processes behind one Redis', () => {
  const databaseName = `strom_test_${randomBytes(6).toString('hex')}`;
  const servers: ServerProcess[] = [];
  const databaseUrl = () => Object.assign(new URL(TEST_DATABASE_URL!), { pathname: `/${databaseName}` }).toString();

  beforeAll(async () => {
    await admin(`create database ${databaseName}`);
    const env = scaleOutEnv(databaseName);
    // One after the other: the first migrates and seeds, the second finds the work done.
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    // Two cold starts (one migrating and seeding) outlast the default hook budget on a loaded machine.
  }, 240_000);

  afterAll(async () => {
    for (const server of servers) await stopServer(server);
    await admin(`drop database if exists ${databaseName} with (force)`);
  });

  it('delivers a change made through one process to a subscriber of the other', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const feed = await subscribe<{ networkActivity: { node: { kind: string; organisation: { id: string; name: string } } } }>(
      b.url,
      `subscription { networkActivity { node { kind organisation { id name } } } }`,
    );
    try {
      // member.lv edits their own organisation (see the demo accounts).
      const cookie = await signIn(a.url, demoEmail('member.lv'));
      const me = await post(a.url, `{ viewer { expert { organisation { id version } } } }`, {}, cookie);
      const target = me.data.viewer.expert.organisation;
      const result = await post(
        a.url,
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
        { input: { id: target.id, expectedVersion: target.version, name: 'Renamed through process A' } },
        cookie,
      );
      expect(result.errors).toBeUndefined();
      const event = await feed.next(10_000);
      expect(event.networkActivity.node).toEqual({
        kind: 'ORGANISATION_UPDATED',
        organisation: { id: target.id, name: 'Renamed through process A' },
      });
    } finally {
      await feed.close();
    }
  });

  it('publishes a new post from the committing process, through Redis, to the subscribers of another', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const forums = await post(a.url, `{ forums { visibility threads(first: 1) { edges { node { id postCount } } } } }`);
    const thread = forums.data.forums.find((f: { visibility: string }) => f.visibility === 'PUBLIC').threads.edges[0].node;
    const feed = await subscribe<{ postAdded: { node: { position: number } } }>(
      b.url,
      `subscription ($threadId: ID!) { postAdded(threadId: $threadId) { node { position } } }`,
      { variables: { threadId: thread.id } },
    );
    try {
      const cookie = await signIn(a.url, demoEmail('member.lv'));
      const added = await post(
        a.url,
        `mutation ($input: AddPostInput!) { addPost(input: $input) { position } }`,
        { input: { clientId: randomUUID(), threadId: thread.id, source: 'Sent through process A, read through B.' } },
        cookie,
      );
      expect(added.errors).toBeUndefined();
      expect((await feed.next(10_000)).postAdded.node.position).toBe(thread.postCount + 1);
      // Published by process A itself when it committed, once: marked delivered with a single attempt.
      const db = new pg.Client({ connectionString: databaseUrl() });
      await db.connect();
      try {
        const { rows } = await db.query(
          `select delivered_at is not null as delivered, attempts from outbox_effect where kind = 'event' and payload->>'topic' = $1`,
          [`thread:${thread.id}`],
        );
        expect(rows).toEqual([{ delivered: true, attempts: 1 }]);
      } finally {
        await db.end();
      }
    } finally {
      await feed.close();
    }
  });

  it('shows subscribers of both processes the same posts in the same order, whichever process wrote them', async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const forums = await post(a.url, `{ forums { visibility threads(first: 2) { edges { node { id postCount } } } } }`);
    const thread = forums.data.forums.find((f: { visibility: string }) => f.visibility === 'PUBLIC').threads.edges[1].node;
    const follow = (url: string) =>
      subscribe<{ postAdded: { node: { position: number; html: string } } }>(
        url,
        `subscription ($threadId: ID!) { postAdded(threadId: $threadId) { node { position html } } }`,
        { variables: { threadId: thread.id } },
      );
    const feeds = [await follow(a.url), await follow(b.url)];
    try {
      const cookies = [await signIn(a.url, demoEmail('member.lv')), await signIn(b.url, demoEmail('member.pl'))];
      // Written through A and B in turn, some at the same time: each process publishes its own after its commit.
      const write = (i: number) =>
        post(
          [a, b][i % 2]!.url,
          `mutation ($input: AddPostInput!) { addPost(input: $input) { position } }`,
          { input: { clientId: randomUUID(), threadId: thread.id, source: `Ordered reply ${i}` } },
          cookies[i % 2],
        );
      const results = [...(await Promise.all([0, 1, 2].map(write))), ...(await Promise.all([3, 4, 5].map(write)))];
      expect(results.map((result) => result.errors)).toEqual(Array.from({ length: 6 }, () => undefined));
      const expected = Array.from({ length: 6 }, (_, i) => thread.postCount + 1 + i);
      for (const feed of feeds) {
        const positions: number[] = [];
        for (let i = 0; i < 6; i++) positions.push((await feed.next(10_000)).postAdded.node.position);
        expect(positions).toEqual(expected);
        await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
      }
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
    }
  });

  it('stops on SIGTERM with exit code 0', async () => {
    const server = servers.pop()!;
    server.process.kill('SIGTERM');
    const [code] = await once(server.process, 'exit');
    expect(code).toBe(0);
  });
});
