import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoAccountName, startTestApp, type TestApp } from '../../test/harness.js';
import { CREATE, RESOURCE_FIELDS, resourceInput } from './resource.test-support.js';

let app: TestApp;
let liepaja: string;
let gdansk: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const rows = await app.orm.em
    .fork()
    .execute<{ id: string; name: string }[]>(`select id, name from municipality where name in ('Liepāja', 'Gdańsk')`);
  liepaja = rows.find((row) => row.name === 'Liepāja')!.id;
  gdansk = rows.find((row) => row.name === 'Gdańsk')!.id;
});
afterAll(() => app?.close());

const as = async (who: DemoAccountName | null) => ({ as: who ? await app.cookieOf(who) : null });
const create = async (who: DemoAccountName, overrides: Record<string, unknown> = {}) =>
  app.gql(CREATE, { input: resourceInput(overrides) }, await as(who));
const READ = `query ($id: ID!) { resource(id: $id) { ${RESOURCE_FIELDS} } }`;
const LIST = `query ($first: Int, $after: String, $filter: ResourceFilter) {
  resources(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${RESOURCE_FIELDS} } } } }`;
const FACETS = `query ($filter: ResourceFilter) { resourceFacets(filter: $filter) {
  kinds { value count } languages { value count } levels { value count } countries { value count } years { value count } } }`;

describe('library: resources', () => {
  it('saves a link with its fields, once for a retried id', async () => {
    const input = resourceInput({
      title: 'Referral checklist for shelters',
      tags: ['Shelter', 'shelter', 'checklist'],
      formsOfExploitation: ['LABOUR_EXPLOITATION', 'FORCED_BEGGING'],
      targetGroups: ['ADULT_MEN', 'UNACCOMPANIED_MINORS'],
    });
    const first = await app.gql(CREATE, { input }, await as('member.lv'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.createResource).toMatchObject({
      id: input.id,
      kind: 'GUIDELINE',
      title: 'Referral checklist for shelters',
      level: 'REGIONAL',
      visibility: 'NETWORK',
      tags: ['shelter', 'checklist'],
      url: 'https://example.org/guideline.pdf',
      file: null,
      recommendations: 0,
      viewerCan: { recommend: true, delete: true },
    });
    // Read back in a request of its own: what was stored, not what the mutation echoed.
    const stored = await app.gql(
      `query ($id: ID!) { resource(id: $id) { formsOfExploitation targetGroups } }`,
      { id: input.id },
      await as('member.pl'),
    );
    expect(stored.data!.resource.formsOfExploitation.toSorted()).toEqual(['FORCED_BEGGING', 'LABOUR_EXPLOITATION']);
    expect(stored.data!.resource.targetGroups.toSorted()).toEqual(['ADULT_MEN', 'UNACCOMPANIED_MINORS']);
    const retry = await app.gql(CREATE, { input }, await as('member.lv'));
    expect(retry.data!.createResource.id).toBe(input.id);
    const [count] = await app.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from resource where id = ?`, [input.id]);
    expect(count!.n).toBe(1);
  });

  it('shows PUBLIC resources to anonymous visitors, NETWORK ones to members, SCOPE ones to their place', async () => {
    const open = (await create('member.lv', { visibility: 'PUBLIC', title: 'Public leaflet on labour rights' })).data!.createResource.id;
    const network = (await create('member.lv', { visibility: 'NETWORK' })).data!.createResource.id;
    const local = (
      await create('member.lv', { visibility: 'SCOPE', scope: { level: 'LOCAL', municipalityId: liepaja }, title: 'Liepāja shelter plan' })
    ).data!.createResource.id;
    const read = async (id: string, who: DemoAccountName | null) => (await app.gql(READ, { id }, await as(who))).data!.resource;
    expect((await read(open, null)).title).toBe('Public leaflet on labour rights');
    expect(await read(network, null)).toBeNull();
    expect((await read(network, 'member.pl')).id).toBe(network);
    expect((await read(local, 'member.lv')).municipality.name).toBe('Liepāja');
    expect(await read(local, 'member.pl')).toBeNull();
    expect((await read(local, 'coordinator.lv')).id).toBe(local);
    expect(await read(local, 'coordinator.lt')).toBeNull();
    expect((await read(local, 'moderator')).id).toBe(local);
    // The lists and counts leave out what a reader may not read.
    const listed = async (who: DemoAccountName | null) =>
      ((await app.gql(LIST, { first: 100 }, await as(who))).data!.resources.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await listed(null)).toContain(open);
    expect(await listed(null)).not.toContain(network);
    expect(await listed('member.pl')).not.toContain(local);
    expect(await listed('member.lv')).toEqual(expect.arrayContaining([open, network, local]));
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const both = await create('member.lv', { uploadId: randomUUID() });
    expect(both.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const neither = await create('member.lv', { url: null });
    expect(neither.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const unknownUpload = await create('member.lv', { url: null, uploadId: randomUUID() });
    expect(unknownUpload.errors![0]!.extensions!.fieldErrors[0].field).toBe('input.uploadId');
    const badUrl = await create('member.lv', { url: 'javascript:alert(1)' });
    expect(badUrl.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const badScope = await create('member.lv', { scope: { level: 'LOCAL' } });
    expect(badScope.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const victimData = await create('member.lv', { summary: 'The victim, born 12.03.1990, called +371 2612 3456 from the shelter.' });
    expect(victimData.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(victimData.errors![0]!.extensions!.guardrail.findings.length).toBeGreaterThan(0);
    const anonymous = await app.gql(CREATE, { input: resourceInput() });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const [count] = await app.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from resource where title like '%born%'`);
    expect(count!.n).toBe(0);
  });

  it('counts recommendations, one per member, taken back on request', async () => {
    const id = (await create('member.lv', { visibility: 'NETWORK' })).data!.createResource.id;
    const RECOMMEND = `mutation ($id: ID!, $recommended: Boolean) { recommendResource(id: $id, recommended: $recommended) { recommendations viewerRecommends } }`;
    const recommend = async (who: DemoAccountName, recommended = true) =>
      (await app.gql(RECOMMEND, { id, recommended }, await as(who))).data!.recommendResource;
    expect(await recommend('member.pl')).toEqual({ recommendations: 1, viewerRecommends: true });
    expect(await recommend('member.pl')).toEqual({ recommendations: 1, viewerRecommends: true });
    expect(await recommend('moderator')).toEqual({ recommendations: 2, viewerRecommends: true });
    expect(await recommend('member.pl', false)).toEqual({ recommendations: 1, viewerRecommends: false });
    const hidden = (await create('member.lv', { visibility: 'SCOPE', scope: { level: 'LOCAL', municipalityId: liepaja } })).data!
      .createResource.id;
    const refused = await app.gql(RECOMMEND, { id: hidden, recommended: true }, await as('member.pl'));
    expect(refused.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('lets the author and moderators remove a resource, not other members; a moderator’s removal is audit-logged', async () => {
    const DELETE = `mutation ($id: ID!) { deleteResource(id: $id) }`;
    const mine = (await create('member.lv')).data!.createResource.id;
    const refused = await app.gql(DELETE, { id: mine }, await as('member.pl'));
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(DELETE, { id: mine }, await as('member.lv'))).data!.deleteResource).toBe(mine);
    const other = (await create('member.lv')).data!.createResource.id;
    expect((await app.gql(DELETE, { id: other }, await as('moderator'))).data!.deleteResource).toBe(other);
    const audits = await app.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from audit_event where action = 'RESOURCE_REMOVED' and subject_id = ?`, [other]);
    expect(audits[0]!.n).toBe(1);
  });

  it('filters by kind, language, scope, year and words, with facets of the matching resources', async () => {
    const word = `kv${randomUUID()
      .replace(/[^a-f]/g, '')
      .slice(0, 8)}`;
    await create('member.pl', {
      kind: 'TRAINING',
      languages: ['pl', 'en'],
      scope: { level: 'LOCAL', municipalityId: gdansk },
      year: 2021,
      title: `Training module ${word}`,
    });
    await create('member.pl', {
      kind: 'REPORT',
      languages: ['pl'],
      scope: { level: 'NATIONAL', countryCode: 'PL' },
      year: 2022,
      summary: `About ${word}`,
    });
    const filter = { text: word };
    const page = (await app.gql(LIST, { first: 10, filter }, await as('member.pl'))).data!.resources;
    expect(page.totalCount).toBe(2);
    const facets = (await app.gql(FACETS, { filter }, await as('member.pl'))).data!.resourceFacets;
    expect(facets.kinds).toEqual(
      expect.arrayContaining([
        { value: 'TRAINING', count: 1 },
        { value: 'REPORT', count: 1 },
      ]),
    );
    expect(facets.languages).toEqual([
      { value: 'pl', count: 2 },
      { value: 'en', count: 1 },
    ]);
    expect(facets.levels).toEqual(
      expect.arrayContaining([
        { value: 'LOCAL', count: 1 },
        { value: 'NATIONAL', count: 1 },
      ]),
    );
    expect(facets.countries).toEqual([{ value: 'PL', count: 2 }]);
    expect(facets.years).toHaveLength(2);
    const narrowed = async (more: Record<string, unknown>) =>
      (await app.gql(LIST, { first: 10, filter: { ...filter, ...more } }, await as('member.pl'))).data!.resources.totalCount;
    expect(await narrowed({ kind: 'TRAINING' })).toBe(1);
    expect(await narrowed({ language: 'en' })).toBe(1);
    expect(await narrowed({ level: 'NATIONAL' })).toBe(1);
    expect(await narrowed({ year: 2022 })).toBe(1);
    expect(await narrowed({ countryCode: 'LV' })).toBe(0);
    // Another place's member reads the NATIONAL one only if it is not SCOPE: these are NETWORK, so member.lv counts both.
    expect((await app.gql(LIST, { first: 10, filter }, await as('member.lv'))).data!.resources.totalCount).toBe(2);
  });

  it('pages with cursors and costs the same statements (at most 4 with the session and facets) at 2 and 50 a page', async () => {
    for (let i = 0; i < 3; i++) await create('member.lv', { title: `Paging resource ${i}` });
    const first = (await app.gql(LIST, { first: 2 }, await as('member.lv'))).data!.resources;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await app.gql(LIST, { first: 2, after: first.pageInfo.endCursor }, await as('member.lv'))).data!.resources;
    const firstIds = first.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id).some((id: string) => firstIds.includes(id))).toBe(false);
    const BOTH = `query ($first: Int) { resources(first: $first) { totalCount edges { node { ${RESOURCE_FIELDS} } } }
      resourceFacets { kinds { value count } years { value count } } }`;
    const cookie = await app.cookieOf('member.lv');
    const statements = async (size: number) => app.countStatements(() => app.gql(BOTH, { first: size }, { as: cookie }));
    const small = await statements(2);
    const large = await statements(50);
    expect(small.length).toBe(large.length);
    expect(large.length).toBeLessThanOrEqual(4);
    const bad = await app.gql(LIST, { first: 2, after: 'not-a-cursor' }, await as('member.lv'));
    expect(bad.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});
