import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import { activityInput, saveActivity } from './prevention.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const LIST = `query ($first: Int!, $after: String, $filter: PreventionActivityFilter) {
  preventionActivities(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title startsOn scope { level country { code name } municipality { name } } partners { name } authorName viewerCan { edit } } }
  } }`;

async function list(variables: Record<string, unknown>) {
  const result = await app.gql(LIST, { first: 50, ...variables }, { as: await app.cookieOf('member.pl') });
  expect(result.errors).toBeUndefined();
  return result.data!.preventionActivities as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; startsOn: string } }[];
  };
}
const ids = (page: Awaited<ReturnType<typeof list>>) => page.edges.map((edge) => edge.node.id);

describe('the prevention catalogue', () => {
  it('shows the demo activities across the region to members, and only the public ones to visitors', async () => {
    const all = await list({});
    const [row] = await sql<{ n: string; countries: string }>(
      app,
      `select count(*) as n, count(distinct country_code) as countries from prevention_activity`,
    );
    expect(all.totalCount).toBe(Number(row!.n));
    expect(Number(row!.countries)).toBeGreaterThan(7);
    const anonymous = await app.gql(LIST, { first: 50 });
    expect(anonymous.errors).toBeUndefined();
    const [shared] = await sql<{ n: string }>(app, `select count(*) as n from prevention_activity where visibility = 'PUBLIC'`);
    const seen = anonymous.data!.preventionActivities;
    expect(Number(shared!.n)).toBeGreaterThan(0);
    expect(Number(shared!.n)).toBeLessThan(all.totalCount);
    expect(seen.totalCount).toBe(Number(shared!.n));
    expect(seen.edges).toHaveLength(Number(shared!.n));
    for (const { node } of seen.edges) expect(node).toMatchObject({ authorName: null, viewerCan: { edit: false } });
    // A member asks for what visitors see with the filter.
    expect(ids(await list({ filter: { visibility: 'PUBLIC' } }))).toEqual(seen.edges.map((edge: { node: { id: string } }) => edge.node.id));
    const places = await app.gql(`{ preventionPlaces { municipality { name } activityCount } }`);
    const [local] = await sql<{ n: string }>(
      app,
      `select count(*) as n from prevention_activity where visibility = 'PUBLIC' and municipality_id is not null`,
    );
    const counted = (places.data!.preventionPlaces as { activityCount: number }[]).reduce((sum, place) => sum + place.activityCount, 0);
    expect(counted).toBe(Number(local!.n));
  });

  it('filters by target group, form, country and year, each condition holding', async () => {
    const match = activityInput({
      title: 'Filter match',
      targetGroups: ['LGBTIQ', 'CHILDREN'],
      formsOfExploitation: ['ORGAN_REMOVAL'],
      scope: { level: 'NATIONAL', countryCode: 'DE' },
      startsOn: '2019-11-01',
      endsOn: '2021-02-28',
    });
    const otherYear = activityInput({ ...match, id: randomUUID(), title: 'Other year', startsOn: '2022-01-01', endsOn: null });
    const otherCountry = activityInput({
      ...match,
      id: randomUUID(),
      title: 'Other country',
      scope: { level: 'NATIONAL', countryCode: 'NO' },
    });
    for (const input of [match, otherYear, otherCountry]) expect((await saveActivity(app, 'member.pl', input)).errors).toBeUndefined();
    const filter = { targetGroup: 'LGBTIQ', formOfExploitation: 'ORGAN_REMOVAL', countryCode: 'DE', year: 2020 };
    expect(ids(await list({ filter }))).toEqual([match.id]);
    // A running period matches each year it spans, and only those.
    expect(ids(await list({ filter: { ...filter, year: 2021 } }))).toEqual([match.id]);
    expect(ids(await list({ filter: { ...filter, year: 2018 } }))).toEqual([]);
    expect(ids(await list({ filter: { ...filter, targetGroup: 'ADULT_MEN' } }))).toEqual([]);
    const organ = await list({ filter: { formOfExploitation: 'ORGAN_REMOVAL' } });
    expect(organ.edges.map((edge) => edge.node.title).toSorted()).toEqual(['Filter match', 'Other country', 'Other year']);
  });

  it('lists a municipality’s own activities for its page', async () => {
    const [riga] = await sql<{ id: string; n: string }>(
      app,
      `select municipality_id as id, count(*) as n from prevention_activity a join municipality m on m.id = a.municipality_id
         where m.name = 'Riga' group by municipality_id`,
    );
    const page = await list({ filter: { municipalityId: riga!.id } });
    expect(page.totalCount).toBe(Number(riga!.n));
    expect(page.edges.map((edge) => edge.node.title)).toContain('Evening outreach at bus stations');
  });

  it('counts the filtered local activities by municipality for the map, in one statement', async () => {
    const PLACES = `query ($filter: PreventionActivityFilter) { preventionPlaces(filter: $filter) { municipality { name latitude } activityCount } }`;
    const cookie = await app.cookieOf('member.pl');
    let places: { municipality: { name: string; latitude: number }; activityCount: number }[] = [];
    const statements = await app.countStatements(async () => {
      places = (await app.gql(PLACES, { filter: { countryCode: 'LV' } }, { as: cookie })).data!.preventionPlaces;
    });
    expect(statements.filter((statement) => statement.includes('prevention_activity'))).toHaveLength(1);
    const [row] = await sql<{ n: string }>(
      app,
      `select count(*) as n from prevention_activity where country_code = 'LV' and municipality_id is not null`,
    );
    expect(places.reduce((sum, place) => sum + place.activityCount, 0)).toBe(Number(row!.n));
    expect(places.map((place) => place.municipality.name)).toContain('Liepāja');
  });

  it('costs one statement at any page size, for members and visitors', async () => {
    const cookie = await app.cookieOf('member.pl');
    for (const as of [cookie, null]) {
      const run = (first: number) => app.countStatements(() => app.gql(LIST, { first }, { as }));
      const small = await run(2);
      const large = await run(50);
      expect(small.filter((statement) => statement.includes('prevention_activity'))).toHaveLength(1);
      expect(large.filter((statement) => statement.includes('prevention_activity'))).toHaveLength(1);
      expect(large).toHaveLength(small.length);
    }
  });

  it('pages by cursor, latest start first, with the total on every page', async () => {
    const first = await list({ first: 5 });
    const second = await list({ first: 5, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.totalCount).toBe(first.totalCount);
    const pages = [...first.edges, ...second.edges].map((edge) => edge.node);
    expect(new Set(pages.map((node) => node.id)).size).toBe(pages.length);
    expect(pages.map((node) => node.startsOn)).toEqual(
      pages
        .map((node) => node.startsOn)
        .toSorted()
        .toReversed(),
    );
    const forged = await app.gql(
      LIST,
      { first: 5, after: 'WyJub3QtYS1kYXRlIiwiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAwIl0' },
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
