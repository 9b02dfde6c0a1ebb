import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { RELEVANCE_CASES, type Found, type RelevanceCase } from './search-relevance.cases.js';

const SEARCH = /* GraphQL */ `
  query SearchRelevance($query: String!) {
    search(query: $query, first: 50) {
      hits {
        node {
          __typename
          ... on Expert {
            fullName
            title
            country {
              code
            }
            municipality {
              name
            }
            organisation {
              name
              acronym
              type
            }
          }
          ... on Organisation {
            name
            acronym
            type
            scope {
              country {
                code
              }
              municipality {
                name
              }
            }
          }
          ... on ThreadMatch {
            threadTitle
          }
          ... on PostMatch {
            threadTitle
          }
          ... on ResourceMatch {
            resourceTitle
          }
        }
      }
    }
  }
`;

interface Node {
  __typename: 'Expert' | 'Organisation' | 'ThreadMatch' | 'PostMatch' | 'ResourceMatch';
  threadTitle?: string;
  resourceTitle?: string;
  fullName?: string;
  title?: string | null;
  country?: { code: string };
  municipality?: { name: string } | null;
  organisation?: { name: string; acronym: string | null; type: string };
  name?: string;
  acronym?: string | null;
  type?: string;
  scope?: { country: { code: string } | null; municipality: { name: string } | null };
}

function flatten(node: Node): Found {
  if (node.__typename === 'ResourceMatch') {
    const name = `resource: ${node.resourceTitle}`;
    return { kind: node.__typename, name, acronym: null, type: 'LIBRARY', organisation: '', place: null, country: null, title: null };
  }
  if (node.__typename === 'ThreadMatch' || node.__typename === 'PostMatch') {
    const name = `${node.__typename === 'ThreadMatch' ? 'thread' : 'post'}: ${node.threadTitle}`;
    return { kind: node.__typename, name, acronym: null, type: 'FORUM', organisation: '', place: null, country: null, title: null };
  }
  if (node.__typename === 'Expert') {
    return {
      kind: 'Expert',
      name: node.fullName!,
      acronym: node.organisation!.acronym,
      type: node.organisation!.type,
      organisation: node.organisation!.name,
      place: node.municipality?.name ?? null,
      country: node.country!.code,
      title: node.title ?? null,
    };
  }
  return {
    kind: 'Organisation',
    name: node.name!,
    acronym: node.acronym ?? null,
    type: node.type!,
    organisation: node.name!,
    place: node.scope!.municipality?.name ?? null,
    country: node.scope!.country?.code ?? null,
    title: null,
  };
}

const K = 5;

interface Judged {
  query: string;
  precision: number;
  firstRight: boolean;
  top: string[];
}

/**
 * Precision at 5 over the hits shown: a search that answers only its two right hits scores 1, one that pads
 * them with three wrong ones 0.4. A search that finds nothing scores 0.
 */
function judge(c: RelevanceCase, hits: Found[]): Judged {
  const top = hits.slice(0, K);
  const precision = top.length === 0 ? 0 : top.filter(c.relevant).length / top.length;
  const firstRight = hits[0] !== undefined && (c.first ?? c.relevant)(hits[0]);
  return { query: c.query, precision, firstRight, top: top.map((f) => `${f.name}${f.place ? ` (${f.place})` : ''}`) };
}

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

async function run(as: string | null, cases: RelevanceCase[]): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const c of cases) {
    const result = await app.gql<{ search: { hits: { node: Node }[] } }>(SEARCH, { query: c.query }, { as });
    expect(result.errors, c.query).toBeUndefined();
    judged.push(
      judge(
        c,
        result.data!.search.hits.map((hit) => flatten(hit.node)),
      ),
    );
  }
  return judged;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('search relevance over the demo network', () => {
  it('has at least 40 searches', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const [viewer, cases] of [
    ['member', RELEVANCE_CASES],
    ['anonymous', RELEVANCE_CASES.filter((c) => c.as === 'both')],
  ] as const) {
    it(`puts the right thing first, as ${viewer}`, { timeout: 120_000 }, async () => {
      const judged = await run(viewer === 'member' ? member : null, cases);
      const precision = mean(judged.map((j) => j.precision));
      const firstHit = mean(judged.map((j) => (j.firstRight ? 1 : 0)));
      // The figures the issue asks to report, before and after a change to ranking.
      console.info(
        `relevance as ${viewer}: ${judged.length} queries, precision@${K} ${precision.toFixed(3)}, first hit ${firstHit.toFixed(3)}\n` +
          judged
            .filter((j) => j.precision < 1 || !j.firstRight)
            .map((j) => `  ${j.query}: p@${K} ${j.precision.toFixed(2)}, first ${j.firstRight ? 'ok' : 'WRONG'}: ${j.top.join('; ')}`)
            .join('\n'),
      );
      expect(
        judged.filter((j) => !j.firstRight).map((j) => j.query),
        'queries whose first hit is wrong',
      ).toEqual([]);
      expect(precision).toBeGreaterThanOrEqual(0.9);
    });
  }
});

const DIRECTORY = /* GraphQL */ `
  query DirectoryByRelevance($filter: ExpertFilter, $first: Int!, $after: String) {
    experts(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          organisation {
            type
          }
          country {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface DirectoryPage {
  totalCount: number;
  edges: { node: { id: string; organisation: { type: string }; country: { code: string } } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const directory = async (filter: object, first: number, after?: string | null) => {
  const result = await app.gql<{ experts: DirectoryPage }>(DIRECTORY, { filter, first, after }, { as: member });
  expect(result.errors).toBeUndefined();
  return result.data!.experts;
};
const searchedExperts = async (query: string) => {
  const result = await app.gql<{ search: { expertCount: number; hits: { node: { __typename: string; id: string } }[] } }>(
    `query ($query: String!) { search(query: $query, first: 50) { expertCount hits { node { __typename ... on Expert { id } } } } }`,
    { query },
    { as: member },
  );
  const experts = result.data!.search.hits.filter((h) => h.node.__typename === 'Expert').map((h) => h.node.id);
  return { ids: experts, count: result.data!.search.expertCount };
};

describe("the directory's text filter (issue 10)", () => {
  it('matches and ranks experts as the search does', async () => {
    for (const query of ['child protection Klaipėda', 'Riga', 'labour inspection Tallinn', 'Korhonnen', 'prosecutor']) {
      const searched = await searchedExperts(query);
      const listed = await directory({ text: query }, 50);
      expect(searched.ids.length, query).toBeGreaterThan(0);
      expect(listed.totalCount, query).toBe(searched.count);
      expect(
        listed.edges.map((e) => e.node.id),
        query,
      ).toEqual(searched.ids.slice(0, 50));
    }
  });

  it('pages through the ranking without gaps or repeats, and keeps the other conditions', async () => {
    const all = await directory({ text: 'social' }, 6);
    const first = await directory({ text: 'social' }, 3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await directory({ text: 'social' }, 3, first.pageInfo.endCursor);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all.edges.map((e) => e.node.id));
    expect(all.edges).toHaveLength(6);

    const police = await directory({ text: 'Latvia', organisationType: 'POLICE' }, 50);
    expect(police.totalCount).toBeGreaterThan(0);
    expect(police.edges.map((e) => `${e.node.country.code} ${e.node.organisation.type}`)).toEqual(police.edges.map(() => 'LV POLICE'));
    const latvia = await directory({ text: 'Latvia' }, 1);
    expect(police.totalCount).toBeLessThan(latvia.totalCount);
  });

  it('costs the same statements for 5 and for 50 rows', async () => {
    const five = await app.countStatements(() => directory({ text: 'social', countryCode: 'LV' }, 5));
    const fifty = await app.countStatements(() => directory({ text: 'social', countryCode: 'LV' }, 50));
    expect(fifty.length).toBe(five.length);
    // The session, the ranking (with its count), the page with its relations.
    expect(fifty.length).toBeLessThanOrEqual(3);
  });

  it('refuses a name-ordered cursor while a text filter is on', async () => {
    const byName = await directory({}, 1);
    const result = await app.gql(DIRECTORY, { filter: { text: 'social' }, first: 5, after: byName.pageInfo.endCursor }, { as: member });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
