import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoAccountName, startTestApp, type TestApp } from '../../test/harness.js';
import { CREATE, resourceInput } from './resource.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const SEARCH = `query ($query: String!) { search(query: $query, first: 20) { resourceCount
  hits { node { __typename ... on ResourceMatch { id resourceTitle } } } } }`;

interface Found {
  resourceCount: number;
  hits: { node: { __typename: string; id?: string } }[];
}

const as = async (who: DemoAccountName | null) => ({ as: who ? await app.cookieOf(who) : null });

async function create(title: string, visibility: 'PUBLIC' | 'NETWORK'): Promise<string> {
  const created = await app.gql(
    CREATE,
    { input: resourceInput({ title, visibility, summary: 'A plain summary.' }) },
    await as('member.lv'),
  );
  expect(created.errors).toBeUndefined();
  return created.data!.createResource.id as string;
}

async function search(query: string, who: DemoAccountName | null): Promise<{ count: number; ids: string[] }> {
  const found = (await app.gql<{ search: Found }>(SEARCH, { query }, await as(who))).data!.search;
  return { count: found.resourceCount, ids: found.hits.flatMap((hit) => (hit.node.__typename === 'ResourceMatch' ? [hit.node.id!] : [])) };
}

describe('library: search forgives typos in titles', () => {
  it('finds a resource by its title a typo away, as threads are found', async () => {
    const id = await create('Zabrovnikaite reintegration protocol', 'PUBLIC');
    expect(await search('Zabrovnikate', null)).toEqual({ count: 1, ids: [id] });
    expect(await search('Zabrovnikaite', 'member.pl')).toEqual({ count: 1, ids: [id] });
    expect(await search('Qwxzyplorvent', 'member.pl')).toEqual({ count: 0, ids: [] });
  });

  it('never shows a typo match to a reader the resource is hidden from, not even as a count', async () => {
    const id = await create('Pelmorvaska shelter handbook', 'NETWORK');
    expect(await search('Pelmorvasca', 'member.pl')).toEqual({ count: 1, ids: [id] });
    expect(await search('Pelmorvasca', null)).toEqual({ count: 0, ids: [] });
  });

  it('reads typo matches only when nothing matches as typed', async () => {
    const typed = await create('Vintrelsky outreach leaflet', 'PUBLIC');
    await create('Vintrelskiy outreach poster', 'PUBLIC');
    expect(await search('Vintrelsky', null)).toEqual({ count: 1, ids: [typed] });
  });
});
