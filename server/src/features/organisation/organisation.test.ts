import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { subscribe } from '../../test/subscribe.js';
import { NetworkActivity } from '../network-activity/network-activity.entity.js';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      website
      version
    }
  }
`;

type OrganisationNode = { id: string; name: string; version: number; scope: { level: string; country: { code: string } | null } };

let app: TestApp;
let target: OrganisationNode;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const list = await app.gql<{ organisations: { edges: { node: OrganisationNode }[] } }>(
    `{ organisations(first: 1, filter: { countryCode: "LT", level: NATIONAL }) { edges { node { id name version scope { level country { code } } } } } }`,
  );
  target = list.data!.organisations.edges[0]!.node;
});
afterAll(() => app?.close());

async function current(id: string) {
  const result = await app.gql<{ organisation: { name: string; website: string | null; version: number } }>(
    `query ($id: ID!) { organisation(id: $id) { name website version } }`,
    { id },
  );
  return result.data!.organisation;
}

describe('organisations', () => {
  it('lists and filters by country, level, service, target group and text', async () => {
    expect(target.scope).toEqual({ level: 'NATIONAL', country: { code: 'LT' } });
    const shelters = await app.gql<{
      organisations: { totalCount: number; edges: { node: { services: { kind: string; targetGroups: string[] }[] } }[] };
    }>(
      `{ organisations(first: 50, filter: { service: SAFE_ACCOMMODATION, targetGroup: ADULT_WOMEN }) {
           totalCount edges { node { services { kind targetGroups } } } } }`,
    );
    expect(shelters.errors).toBeUndefined();
    expect(shelters.data!.organisations.totalCount).toBeGreaterThan(0);
    for (const { node } of shelters.data!.organisations.edges) {
      expect(node.services.some((s) => s.kind === 'SAFE_ACCOMMODATION' && s.targetGroups.includes('ADULT_WOMEN'))).toBe(true);
    }
    const klaipeda = await app.gql<{ organisations: { totalCount: number; edges: { node: { name: string } }[] } }>(
      `{ organisations(filter: { text: "Klaipeda" }) { totalCount edges { node { name } } } }`,
    );
    expect(klaipeda.data!.organisations.totalCount).toBeGreaterThan(0);
    expect(klaipeda.data!.organisations.edges.every((e) => e.node.name.includes('Klaipėda'))).toBe(true);
  });

  it('shows an organisation with its services and people', async () => {
    const result = await app.gql<{
      organisation: { name: string; experts: { totalCount: number; edges: { node: { organisation: { id: string } } }[] } };
    }>(
      `query ($id: ID!) { organisation(id: $id) { name description website services { kind capacity languages available24x7 formsOfExploitation }
          experts(first: 10) { totalCount edges { node { fullName organisation { id } } } } } }`,
      { id: target.id },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.organisation.name).toBe(target.name);
    const experts = result.data!.organisation.experts;
    expect(experts.totalCount).toBe(await app.orm.em.fork().count(Expert, { organisation: target.id }));
    expect(experts.edges).toHaveLength(Math.min(10, experts.totalCount));
    expect(experts.edges.length).toBeGreaterThan(0);
    expect(experts.edges.every((e) => e.node.organisation.id === target.id)).toBe(true);
  });

  it("reads the organisation's page in three statements (session, organisation, people) for 2 and for 50 people", async () => {
    // The client's OrganisationProfile query: places, contacts, services and a page of people with their rows.
    const PROFILE = `query ($id: ID!, $first: Int!) { organisation(id: $id) { id name acronym type description website phone email
        scope { level country { code name } municipality { id name } } viewerCan { edit }
        services { id kind capacity targetGroups languages available24x7 formsOfExploitation description hotline address }
        experts(first: $first) { totalCount edges { cursor node { id fullName title organisation { id name } country { code name }
          municipality { id name } languages roles { id role } contacts { email phone messagingHandle } } } pageInfo { hasNextPage endCursor } } } }`;
    const as = await app.cookieOf('member.lv');
    const [largest] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select o.id from organisation o where exists (select 1 from organisation_service s where s.organisation_id = o.id)
           order by (select count(*) from expert e where e.organisation_id = o.id) desc, o.id limit 1`,
      );
    const page = (first: number) =>
      app.gql<{ organisation: { services: unknown[]; experts: { totalCount: number; edges: unknown[] } } }>(
        PROFILE,
        { id: largest!.id, first },
        { as },
      );
    const whole = await page(50);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.organisation.services.length).toBeGreaterThan(0);
    expect(whole.data!.organisation.experts.totalCount).toBeGreaterThan(2);
    expect(whole.data!.organisation.experts.edges).toHaveLength(Math.min(50, whole.data!.organisation.experts.totalCount));
    const two = await app.countStatements(() => page(2));
    const fifty = await app.countStatements(() => page(50));
    expect(two).toHaveLength(3);
    expect(fifty).toHaveLength(3);
  });

  it('hides an unlisted organisation from anonymous visitors on its page too', async () => {
    const [unlisted] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from organisation where not publicly_listed and status = 'ACTIVE' limit 1`);
    const query = `query ($id: ID!) { organisation(id: $id) { id name } }`;
    expect((await app.gql(query, { id: unlisted!.id })).data).toEqual({ organisation: null });
    const member = await app.gql<{ organisation: { id: string } }>(query, { id: unlisted!.id }, { as: await app.cookieOf('member.lv') });
    expect(member.data!.organisation.id).toBe(unlisted!.id);
  });
});

describe('updateOrganisation', () => {
  it('is refused to anonymous visitors and changes nothing', async () => {
    const result = await app.gql(UPDATE, { input: { id: target.id, expectedVersion: target.version, name: 'Hijacked' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await current(target.id)).name).toBe(target.name);
  });

  it('is refused to a member who does not edit this organisation, and changes nothing', async () => {
    const result = await app.gql(
      UPDATE,
      { input: { id: target.id, expectedVersion: target.version, name: 'Not mine' } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await current(target.id)).name).toBe(target.name);
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const cases = [
      [{ name: 'x' }, 'name must be at least 2 characters'],
      [{ website: 'javascript:alert(1)' }, 'Enter a web address that starts with https:// or http://'],
      [{ name: 'y'.repeat(201) }, 'name must be at most 200 characters'],
    ] as const;
    for (const [change, message] of cases) {
      const result = await app.gql(
        UPDATE,
        { input: { id: target.id, expectedVersion: target.version, ...change } },
        { as: await app.cookieOf('admin') },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(message);
    }
    const missing = await app.gql(
      UPDATE,
      { input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, name: 'Nobody' } },
      { as: await app.cookieOf('admin') },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await current(target.id)).toMatchObject({ name: target.name, version: target.version });
  });

  it('lets the operator edit, bumps the version and records the change in the feed', async () => {
    const result = await app.gql<{ updateOrganisation: { name: string; website: string; version: number } }>(
      UPDATE,
      {
        input: { id: target.id, expectedVersion: target.version, name: `${target.name} (renamed)`, website: 'https://example.org/renamed' },
      },
      { as: await app.cookieOf('admin') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateOrganisation).toEqual({
      id: target.id,
      name: `${target.name} (renamed)`,
      website: 'https://example.org/renamed',
      version: target.version + 1,
    });
    const feed = await app.gql<{ networkActivity: { edges: { node: { kind: string; organisation: { id: string } | null } }[] } }>(
      `{ networkActivity(first: 1) { edges { node { kind organisation { id } } } } }`,
    );
    expect(feed.data!.networkActivity.edges[0]!.node).toEqual({ kind: 'ORGANISATION_UPDATED', organisation: { id: target.id } });
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const before = await current(target.id);
    const result = await app.gql(
      UPDATE,
      { input: { id: target.id, expectedVersion: before.version - 1, name: 'Stale edit' } },
      { as: await app.cookieOf('admin') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await current(target.id)).toEqual(before);
  });
});

describe('an edit that changes nothing', () => {
  it('records and broadcasts no activity, and keeps the version', async () => {
    const list = await app.gql<{
      organisations: { edges: { node: { id: string; name: string; website: string | null; version: number } }[] };
    }>(`{ organisations(first: 1, filter: { countryCode: "PL", level: NATIONAL }) { edges { node { id name website version } } } }`);
    const organisation = list.data!.organisations.edges[0]!.node;
    const admin = await app.cookieOf('admin');
    const activities = () => app.orm.em.fork().count(NetworkActivity, { organisation: organisation.id });
    const before = await activities();
    const feed = await subscribe<{ networkActivity: { node: { id: string } } }>(
      app.url,
      `subscription { networkActivity { node { id } } }`,
      {
        cookie: admin,
      },
    );
    try {
      const same = {
        id: organisation.id,
        expectedVersion: organisation.version,
        name: ` ${organisation.name} `,
        website: organisation.website,
      };
      const unchanged = await app.gql<{ updateOrganisation: { version: number } }>(UPDATE, { input: same }, { as: admin });
      expect(unchanged.errors).toBeUndefined();
      expect(unchanged.data!.updateOrganisation.version).toBe(organisation.version);
      expect(await activities()).toBe(before);
      // A real change next: the first event the feed gets must be that one, not one for the no-op.
      const renamed = { ...same, name: `${organisation.name} (renamed)` };
      expect((await app.gql(UPDATE, { input: renamed }, { as: admin })).errors).toBeUndefined();
      expect(await activities()).toBe(before + 1);
      const [latest] = await app.orm.em
        .fork()
        .find(NetworkActivity, { organisation: organisation.id }, { orderBy: { occurredAt: 'desc' }, limit: 1 });
      expect((await feed.next()).networkActivity.node.id).toBe(latest!.id);
    } finally {
      await feed.close();
    }
  });
});

describe('organisations with their people', () => {
  const LIST = /* GraphQL */ `
    query ($first: Int!) {
      organisations(first: $first, filter: { countryCode: "PL" }) {
        edges {
          node {
            id
            name
            experts(first: 1) {
              totalCount
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  fullName
                  organisation {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  `;
  type Listed = {
    organisations: {
      edges: {
        node: {
          id: string;
          experts: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { fullName: string; organisation: { id: string } } }[];
          };
        };
      }[];
    };
  };

  it("reads the directory's page (scope places and services included) in one statement for 5 and for 50", async () => {
    const page = (first: number) =>
      app.gql<{ organisations: { edges: { node: { scope: { country: { code: string } | null }; services: { kind: string }[] } }[] } }>(
        `query ($first: Int!) { organisations(first: $first) { totalCount edges { cursor node { id name acronym type
           scope { level country { code name } municipality { id name } } services { id kind hotline } } } pageInfo { hasNextPage endCursor } } }`,
        { first },
      );
    const fifty = await page(50);
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.organisations.edges.filter((e) => e.node.services.length > 0).length).toBeGreaterThan(0);
    expect(fifty.data!.organisations.edges.filter((e) => e.node.scope.country !== null).length).toBeGreaterThan(0);
    const statementsAt5 = await app.countStatements(() => page(5));
    const statementsAt50 = await app.countStatements(() => page(50));
    expect(statementsAt5).toHaveLength(1);
    expect(statementsAt50).toHaveLength(1);
  });

  it('batches the first page of people across the list: same statements for 5 and 25 organisations', async () => {
    const as = await app.cookieOf('member.lv');
    const five = await app.countStatements(() => app.gql(LIST, { first: 5 }, { as }));
    const many = await app.countStatements(() => app.gql(LIST, { first: 25 }, { as }));
    expect(many.length).toBe(five.length);
  });

  it('gives each organisation its own people, and a cursor that continues where the batch stopped', async () => {
    const as = await app.cookieOf('member.lv');
    const result = await app.gql<Listed>(LIST, { first: 25 }, { as });
    expect(result.errors).toBeUndefined();
    const withMore = result.data!.organisations.edges.find((e) => e.node.experts.pageInfo.hasNextPage)!.node;
    expect(withMore.experts.edges.every((e) => e.node.organisation.id === withMore.id)).toBe(true);
    const next = await app.gql<{ organisation: { experts: { edges: { node: { fullName: string } }[] } } }>(
      `query ($id: ID!, $after: String) { organisation(id: $id) { experts(first: 100, after: $after) { edges { node { fullName } } } } }`,
      { id: withMore.id, after: withMore.experts.pageInfo.endCursor },
      { as },
    );
    const all = await app.gql<{ organisation: { experts: { edges: { node: { fullName: string } }[] } } }>(
      `query ($id: ID!) { organisation(id: $id) { experts(first: 100) { edges { node { fullName } } } } }`,
      { id: withMore.id },
      { as },
    );
    const names = (page: { edges: { node: { fullName: string } }[] }) => page.edges.map((e) => e.node.fullName);
    expect([...names(withMore.experts), ...names(next.data!.organisation.experts)]).toEqual(names(all.data!.organisation.experts));
  });
});
