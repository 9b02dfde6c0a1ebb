import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { connectSocket, subscribe, type LiveSocket, type Subscription } from '../../test/subscribe.js';

const FEED = /* GraphQL */ `
  subscription ($after: String) {
    networkActivity(after: $after) {
      cursor
      node {
        id
        kind
        organisation {
          id
          name
        }
        expert {
          id
          fullName
        }
      }
    }
  }
`;
const RENAME = /* GraphQL */ `
  mutation ($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      version
    }
  }
`;

type FeedEdge = { cursor: string; node: { id: string; kind: string; organisation: { id: string } | null; expert: { id: string } | null } };
type FeedEvent = { networkActivity: FeedEdge };

let app: TestApp;
let admin: string;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  admin = await app.cookieOf('admin');
  member = await app.cookieOf('member.pl');
});
afterAll(() => app?.close());

/** A stored entry about a publicly listed organisation, with an expert: every viewer may receive it (`offset`: an older one). */
async function publicEntry(offset = 0): Promise<string> {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `select a.id from network_activity a join organisation o on o.id = a.organisation_id
        where o.publicly_listed and a.kind <> 'PROFILE_UPDATED' order by a.occurred_at desc, a.id limit 1 offset ?`,
      [offset],
    );
  if (!row) throw new Error('the demo data has no public activity');
  return row.id;
}

async function listedOrganisation(): Promise<{ id: string; version: number }> {
  const list = await app.gql<{ organisations: { edges: { node: { id: string; version: number } }[] } }>(
    `{ organisations(first: 1) { edges { node { id version } } } }`,
  );
  return list.data!.organisations.edges[0]!.node;
}

/** Subscriptions spread over a few sockets, members and anonymous visitors mixed. */
async function subscribers(count: number): Promise<{ feeds: Subscription<FeedEvent>[]; sockets: LiveSocket[] }> {
  // Nothing left over from an earlier test, so the count below is this test's own.
  await expect.poll(() => app.services.live.subscribers).toBe(0);
  // At most 20 subscriptions run on one socket (core/limits): five sockets, two of them a member's.
  const sockets = await Promise.all([
    connectSocket(app.url, { cookie: member }),
    connectSocket(app.url, { cookie: member }),
    connectSocket(app.url),
    connectSocket(app.url),
    connectSocket(app.url),
  ]);
  const feeds = await Promise.all(Array.from({ length: count }, (_, i) => sockets[i % sockets.length]!.subscribe<FeedEvent>(FEED)));
  // Every subscription is registered on the server before anything is published.
  await expect.poll(() => app.services.live.subscribers).toBe(count);
  return { feeds, sockets };
}

describe('networkActivity: one resolution per event', () => {
  async function statementsPerEvent(count: number): Promise<string[]> {
    const { feeds, sockets } = await subscribers(count);
    try {
      const id = await publicEntry();
      const statements = await app.countStatements(async () => {
        app.services.events.publish('NETWORK_ACTIVITY', { activityId: id });
        const received = await Promise.all(feeds.map((feed) => feed.next()));
        expect(received.map((event) => event.networkActivity.node.id)).toEqual(feeds.map(() => id));
      });
      return statements;
    } finally {
      await Promise.all(sockets.map((socket) => socket.close()));
    }
  }

  it('runs the same SQL with 50 subscribers as with one', async () => {
    const one = await statementsPerEvent(1);
    const fifty = await statementsPerEvent(50);
    expect(one.length).toBeGreaterThan(0);
    expect(fifty).toEqual(one);
  });

  it('leaves no upstream subscription behind once its subscribers are gone', async () => {
    const { sockets } = await subscribers(3);
    expect(app.services.live.size).toBe(1);
    expect(app.services.live.subscribers).toBe(3);
    await Promise.all(sockets.map((socket) => socket.close()));
    await expect.poll(() => app.services.live.size).toBe(0);
    expect(app.services.live.subscribers).toBe(0);
  });
});

describe('networkActivity: cursors', () => {
  it('gives a live entry the cursor the list query gives it', async () => {
    const feed = await subscribe<FeedEvent>(app.url, FEED);
    try {
      const id = await publicEntry();
      app.services.events.publish('NETWORK_ACTIVITY', { activityId: id });
      const { cursor } = (await feed.next()).networkActivity;
      const list = await app.gql<{ networkActivity: { edges: FeedEdge[] } }>(
        `{ networkActivity(first: 100) { edges { cursor node { id } } } }`,
      );
      expect(list.data!.networkActivity.edges.find((edge) => edge.node.id === id)?.cursor).toBe(cursor);
    } finally {
      await feed.close();
    }
  });

  it('sends an entry once when its event is published twice (the sweep after a process died before marking it)', async () => {
    const feed = await subscribe<FeedEvent>(app.url, FEED);
    try {
      const [id, other] = [await publicEntry(), await publicEntry(1)];
      app.services.events.publish('NETWORK_ACTIVITY', { activityId: id });
      app.services.events.publish('NETWORK_ACTIVITY', { activityId: id });
      app.services.events.publish('NETWORK_ACTIVITY', { activityId: other });
      expect((await feed.next()).networkActivity.node.id).toBe(id);
      expect((await feed.next()).networkActivity.node.id).toBe(other);
      await expect(feed.next(500)).rejects.toThrow(/no event/);
    } finally {
      await feed.close();
    }
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!'],
    ['the wrong shape', Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url')],
    ['no uuid', Buffer.from(JSON.stringify([new Date().toISOString(), '1 or 1=1'])).toString('base64url')],
  ])('refuses a forged cursor (%s) with BAD_USER_INPUT, on the subscription and the query', async (_, forged) => {
    const feed = await subscribe<FeedEvent>(app.url, FEED, { variables: { after: forged } });
    try {
      const result = await feed.result();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await feed.close();
    }
    const query = await app.gql(`query ($after: String) { networkActivity(after: $after) { totalCount } }`, { after: forged });
    expect(query.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resumes after a dropped socket from the last cursor: every entry of a burst exactly once, in order', async () => {
    const burst = 12;
    let organisation = await listedOrganisation();
    const made: string[] = [];
    const produce = async () => {
      for (let i = 0; i < burst; i++) {
        const result = await app.gql<{ updateOrganisation: { id: string; version: number } }>(
          RENAME,
          { input: { id: organisation.id, expectedVersion: organisation.version, name: `Burst ${i} ${randomUUID().slice(0, 8)}` } },
          { as: admin },
        );
        expect(result.errors).toBeUndefined();
        organisation = { id: organisation.id, version: result.data!.updateOrganisation.version };
        made.push(`made ${i}`);
      }
    };

    const first = await subscribe<FeedEvent>(app.url, FEED, { cookie: member });
    const received: FeedEdge[] = [];
    const producing = produce();
    for (let i = 0; i < 3; i++) received.push((await first.next()).networkActivity);
    await first.close();
    // The burst goes on while the client is away; it comes back with the last cursor it holds.
    const resumed = await subscribe<FeedEvent>(app.url, FEED, { cookie: member, variables: { after: received.at(-1)!.cursor } });
    try {
      while (received.length < burst) received.push((await resumed.next()).networkActivity);
      await producing;
      await expect(resumed.next(500)).rejects.toThrow(/no event/);
    } finally {
      await resumed.close();
    }

    expect(made).toHaveLength(burst);
    const list = await app.gql<{ networkActivity: { edges: FeedEdge[] } }>(
      `{ networkActivity(first: ${burst}) { edges { cursor node { id kind } } } }`,
      {},
      { as: member },
    );
    const stored = list.data!.networkActivity.edges.toReversed();
    expect(stored.every((edge) => edge.node.kind === 'ORGANISATION_UPDATED')).toBe(true);
    expect(received.map((edge) => edge.node.id)).toEqual(stored.map((edge) => edge.node.id));
    expect(received.map((edge) => edge.cursor)).toEqual(stored.map((edge) => edge.cursor));
  });
});
