import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';

const FEED = /* GraphQL */ `
  subscription {
    networkActivity {
      node {
        id
        kind
        expert {
          id
        }
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      version
    }
  }
`;
const LIST = /* GraphQL */ `
  {
    networkActivity(first: 100) {
      edges {
        node {
          id
          kind
          expert {
            id
          }
        }
      }
    }
  }
`;

type FeedEvent = { networkActivity: { node: { id: string; kind: string; expert: { id: string } | null } } };
type ListData = { networkActivity: { edges: { node: FeedEvent['networkActivity']['node'] }[] } };

let app: TestApp;
let member: string;
let me: { id: string; version: number };

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
  const viewer = await app.gql<{ viewer: { expert: typeof me } }>(`{ viewer { expert { id version } } }`, {}, { as: member });
  me = viewer.data!.viewer.expert;
});
afterAll(() => app?.close());

describe('PROFILE_UPDATED', () => {
  it('is recorded and published to members when a member edits their profile, and hidden from anonymous visitors', async () => {
    const members = await subscribe<FeedEvent>(app.url, FEED, { cookie: await app.cookieOf('member.pl') });
    const anonymous = await subscribe<FeedEvent>(app.url, FEED);
    try {
      const result = await app.gql(UPDATE, { input: { expectedVersion: me.version, title: 'Case manager, Liepāja' } }, { as: member });
      expect(result.errors).toBeUndefined();
      const event = await members.next();
      expect(event.networkActivity.node).toMatchObject({ kind: 'PROFILE_UPDATED', expert: { id: me.id } });
      await expect(anonymous.next(500)).rejects.toThrow('no event within 500 ms');

      const forMembers = await app.gql<ListData>(LIST, {}, { as: member });
      expect(forMembers.data!.networkActivity.edges[0]!.node).toEqual(event.networkActivity.node);
      const forAnonymous = await app.gql<ListData>(LIST);
      expect(forAnonymous.data!.networkActivity.edges.map((e) => e.node.id)).not.toContain(event.networkActivity.node.id);
      expect(forAnonymous.data!.networkActivity.edges.length).toBeGreaterThan(0);
      expect(forAnonymous.data!.networkActivity.edges.every((e) => e.node.expert === null && e.node.kind !== 'PROFILE_UPDATED')).toBe(true);
    } finally {
      await Promise.all([members.close(), anonymous.close()]);
    }
  });

  it('is not recorded when the edit fails', async () => {
    const before = await app.gql<ListData>(LIST, {}, { as: member });
    const stale = await app.gql(UPDATE, { input: { expectedVersion: me.version, title: 'Stale' } }, { as: member });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await app.gql<ListData>(LIST, {}, { as: member });
    expect(after.data!.networkActivity.edges[0]!.node.id).toBe(before.data!.networkActivity.edges[0]!.node.id);
  });
});

describe('PROFILE_PUBLISHED', () => {
  it('is announced once, when a new profile is first complete, and its edits before that are not news', async () => {
    const cookie = await app.cookieOf('member.pl');
    const self = (await app.gql<{ viewer: { expert: { id: string } } }>(`{ viewer { expert { id } } }`, {}, { as: cookie })).data!.viewer
      .expert;
    // As a member who has just accepted their invitation: a name and a work e-mail, nothing else yet.
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update expert set published_at = null, title = null, languages = '{}' where id = ?`, [self.id]);
    const kinds = async () =>
      (await app.gql<ListData>(LIST, {}, { as: member }))
        .data!.networkActivity.edges.filter((e) => e.node.expert?.id === self.id)
        .map((e) => e.node.kind);
    const before = await kinds();
    const version = async () =>
      (await app.gql<{ viewer: { expert: { version: number } } }>(`{ viewer { expert { version } } }`, {}, { as: cookie })).data!.viewer
        .expert.version;

    await app.gql(UPDATE, { input: { expectedVersion: await version(), title: 'Labour inspector' } }, { as: cookie });
    expect(await kinds()).toEqual(before);

    await app.gql(UPDATE, { input: { expectedVersion: await version(), languages: ['pl', 'en'] } }, { as: cookie });
    expect(await kinds()).toEqual(['PROFILE_PUBLISHED', ...before]);

    await app.gql(UPDATE, { input: { expectedVersion: await version(), bio: 'Inspections in agriculture.' } }, { as: cookie });
    expect(await kinds()).toEqual(['PROFILE_UPDATED', 'PROFILE_PUBLISHED', ...before]);
  });
});
