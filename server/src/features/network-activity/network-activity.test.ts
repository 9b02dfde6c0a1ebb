import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';

const FEED = /* GraphQL */ `
  subscription {
    networkActivity {
      cursor
      node {
        id
        kind
        occurredAt
        organisation {
          id
          name
        }
      }
    }
  }
`;

type FeedEvent = {
  networkActivity: { cursor: string; node: { id: string; kind: string; organisation: { id: string; name: string } | null } };
};

let app: TestApp;
let organisation: { id: string; name: string; version: number };

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const list = await app.gql<{ organisations: { edges: { node: typeof organisation }[] } }>(
    `{ organisations(first: 1) { edges { node { id name version } } } }`,
  );
  organisation = list.data!.organisations.edges[0]!.node;
});
afterAll(() => app?.close());

describe('networkActivity', () => {
  it('lists the stored feed newest first, with pages', async () => {
    const first = await app.gql<{
      networkActivity: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { occurredAt: string } }[] };
    }>(`{ networkActivity(first: 5) { totalCount pageInfo { endCursor } edges { node { occurredAt } } } }`);
    const times = first.data!.networkActivity.edges.map((e) => Date.parse(e.node.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const next = await app.gql<{ networkActivity: { edges: { node: { occurredAt: string } }[] } }>(
      `query ($after: String) { networkActivity(first: 5, after: $after) { edges { node { occurredAt } } } }`,
      { after: first.data!.networkActivity.pageInfo.endCursor },
    );
    expect(Date.parse(next.data!.networkActivity.edges[0]!.node.occurredAt)).toBeLessThanOrEqual(times.at(-1)!);
  });

  it('delivers an organisation change to a graphql-ws subscriber', async () => {
    const feed = await subscribe<FeedEvent>(app.url, FEED);
    try {
      const renamed = `${organisation.name} – updated`;
      const result = await app.gql(
        `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
        { input: { id: organisation.id, expectedVersion: organisation.version, name: renamed } },
        { as: await app.cookieOf('admin') },
      );
      expect(result.errors).toBeUndefined();
      const event = await feed.next();
      expect(event.networkActivity.node.kind).toBe('ORGANISATION_UPDATED');
      expect(event.networkActivity.node.organisation).toEqual({ id: organisation.id, name: renamed });
    } finally {
      await feed.close();
    }
  });

  it('refuses a WebSocket upgrade from a foreign origin', async () => {
    // ws answers a refused upgrade with 401 before any graphql-ws message is exchanged.
    await expect(subscribe<FeedEvent>(app.url, FEED, { origin: 'https://evil.example' })).rejects.toMatchObject({
      message: 'Unexpected server response: 401',
    });
  });
});
