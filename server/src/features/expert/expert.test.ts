import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from './expert.entity.js';

const DIRECTORY_PAGE = /* GraphQL */ `
  query Directory($filter: ExpertFilter, $first: Int!, $after: String) {
    experts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fullName
          title
          languages
          organisation {
            id
            name
            type
            scope {
              level
            }
          }
          municipality {
            id
            name
          }
          country {
            code
            name
          }
          roles {
            role
            scope {
              level
            }
          }
        }
      }
    }
  }
`;

type DirectoryNode = {
  id: string;
  fullName: string;
  languages: string[];
  organisation: { name: string; type: string };
  municipality: { name: string } | null;
  country: { code: string };
  roles: { role: string }[];
};
type DirectoryPage = {
  experts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: DirectoryNode }[] };
};

let app: TestApp;
let member: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

async function directory(filter: Record<string, unknown> | null, first = 20, after?: string) {
  const result = await app.gql<DirectoryPage>(DIRECTORY_PAGE, { filter, first, after }, { as: member });
  expect(result.errors).toBeUndefined();
  return result.data!.experts;
}

describe('experts directory', () => {
  it('pages through every expert once, in name order', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let total = 0;
    do {
      const page = await directory(null, 100, after);
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.fullName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(total).toBe(await app.orm.em.fork().count(Expert, {}));
    expect(seen).toHaveLength(total);
    expect([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seen);
  });

  it('filters by country and municipality', async () => {
    const latvia = await directory({ countryCode: 'lv' });
    expect(latvia.totalCount).toBeGreaterThan(0);
    expect(latvia.edges.every((e) => e.node.country.code === 'LV')).toBe(true);

    const municipalities = await app.gql<{ municipalities: { id: string; name: string }[] }>(
      `{ municipalities(countryCode: "LV") { id name } }`,
    );
    const liepaja = municipalities.data!.municipalities.find((m) => m.name === 'Liepāja')!;
    const local = await directory({ countryCode: 'LV', municipalityId: liepaja.id });
    expect(local.totalCount).toBeGreaterThan(0);
    expect(local.totalCount).toBeLessThan(latvia.totalCount);
    expect(local.edges.every((e) => e.node.municipality?.name === 'Liepāja')).toBe(true);
  });

  it('combines role, language, form of exploitation, level, organisation type and service', async () => {
    const inspectors = await directory({ role: 'LABOUR_INSPECTOR' });
    expect(inspectors.totalCount).toBeGreaterThan(0);
    expect(inspectors.edges.every((e) => e.node.roles.some((r) => r.role === 'LABOUR_INSPECTOR'))).toBe(true);

    const russianSpeakers = await directory({ language: 'ru', formOfExploitation: 'LABOUR_EXPLOITATION' });
    expect(russianSpeakers.totalCount).toBeGreaterThan(0);
    expect(russianSpeakers.edges.every((e) => e.node.languages.includes('ru'))).toBe(true);

    const police = await directory({ organisationType: 'POLICE', level: 'NATIONAL' });
    expect(police.totalCount).toBeGreaterThan(0);
    expect(police.edges.every((e) => e.node.organisation.type === 'POLICE')).toBe(true);

    const shelters = await directory({ service: 'SAFE_ACCOMMODATION' });
    const all = await directory(null);
    expect(shelters.totalCount).toBeGreaterThan(0);
    expect(shelters.totalCount).toBeLessThan(all.totalCount);
  });

  it('finds places and names without their diacritics', async () => {
    const liepaja = await directory({ text: 'Liepaja' });
    expect(liepaja.totalCount).toBeGreaterThan(0);
    expect(liepaja.edges.some((e) => e.node.municipality?.name === 'Liepāja' || e.node.organisation.name.includes('Liepāja'))).toBe(true);

    const gdansk = await directory({ text: 'Gdansk' });
    expect(gdansk.totalCount).toBeGreaterThan(0);
    expect(gdansk.edges.some((e) => e.node.municipality?.name === 'Gdańsk' || e.node.organisation.name.includes('Gdańsk'))).toBe(true);

    const someone = (await directory(null, 1)).edges[0]!.node.fullName;
    const byName = await directory({ text: someone });
    expect(byName.edges.map((e) => e.node.fullName)).toContain(someone);
  });

  it('returns an empty page for words nobody matches, and treats metacharacters as text', async () => {
    expect((await directory({ text: 'zzqxxv' })).totalCount).toBe(0);
    const everyone = await app.orm.em.fork().count(Expert, {});
    expect(everyone).toBeGreaterThan(0);
    // The words left once the symbols are read as separators match nobody; input with no letter or digit
    // left is no text filter at all, so it lists everyone.
    const cases: [text: string, expected: number][] = [
      ["'; drop table expert; --", 0],
      ['%_\\', everyone],
      ['.*(', everyone],
      ['"unbalanced', 0],
      ['\u0007 tab\tnewline\n', 0],
    ];
    for (const [text, expected] of cases) {
      expect((await directory({ text })).totalCount, JSON.stringify(text)).toBe(expected);
    }
  });

  it('costs the same SQL statements for 5 and for 50 rows, and at most 3 (the session lookup included)', async () => {
    const five = await app.countStatements(() => directory(null, 5));
    const fifty = await app.countStatements(() => directory(null, 50));
    expect(fifty.length).toBe(five.length);
    expect(fifty.length).toBeLessThanOrEqual(3);
  });

  it('costs the same statements, at most 3, with a filter and with a text filter (ranked)', async () => {
    for (const filter of [{ countryCode: 'LV', role: 'CASE_MANAGER' }, { text: 'child protection' }]) {
      const five = await app.countStatements(() => directory(filter, 5));
      const fifty = await app.countStatements(() => directory(filter, 50));
      expect(fifty.length, JSON.stringify(filter)).toBe(five.length);
      expect(fifty.length, JSON.stringify(filter)).toBeLessThanOrEqual(3);
    }
  });

  it('opens a profile, its relations and roles included, in 2 statements with the session lookup', async () => {
    const { id } = (await directory(null, 1)).edges[0]!.node;
    const statements = await app.countStatements(async () => {
      const result = await app.gql(
        `query ($id: ID!) { expert(id: $id) { id fullName organisation { id name } country { code name } municipality { id } roles { id role status } contacts { email } } }`,
        { id },
        { as: member },
      );
      expect(result.errors).toBeUndefined();
    });
    expect(statements).toHaveLength(2);
  });
});

/** The statement that read a page's experts (its select list ends with their roles). */
const listStatement = (statements: string[]) => statements.find((text) => text.includes('::json) as roles'))!;

describe('experts directory: what a row reads', () => {
  const ROW = `query ($first: Int!, $filter: ExpertFilter) { experts(first: $first, filter: $filter) { edges { node {
    id organisation { id name } roles { id role status } } } } }`;
  const FULL = `query ($first: Int!, $filter: ExpertFilter) { experts(first: $first, filter: $filter) { edges { node {
    id bio topics organisation { id name description scope { level } } roles { id role status responsibilities scope { level } } } } } }`;
  type Node = { id: string; organisation: Record<string, unknown>; roles: Record<string, unknown>[]; bio?: string | null };
  const nodesOf = async (query: string, filter: Record<string, unknown> | null) => {
    const result = await app.gql<{ experts: { edges: { node: Node }[] } }>(query, { first: 10, filter }, { as: member });
    expect(result.errors).toBeUndefined();
    return result.data!.experts.edges.map(({ node }) => node);
  };

  it('reads only the organisation name and role badges a row shows, and the same values as a full read', async () => {
    for (const filter of [null, { text: 'child' }]) {
      let row: Node[] = [];
      const statements = await app.countStatements(async () => (row = await nodesOf(ROW, filter)));
      expect(listStatement(statements)).not.toMatch(/proposalReason|responsibilities|e\.bio/);
      const full = await nodesOf(FULL, filter);
      expect(row.length).toBeGreaterThan(0);
      expect(row.map((node) => node.id)).toEqual(full.map((node) => node.id));
      row.forEach((node, i) => {
        const organisation = full[i]!.organisation;
        expect(node.organisation).toEqual({ id: organisation.id, name: organisation.name });
        expect(node.roles).toEqual(full[i]!.roles.map((role) => ({ id: role.id, role: role.role, status: role.status })));
      });
    }
  });

  it("reads an organisation's people as its query asks, a batch what any of its lists asks", async () => {
    const { id } = (await nodesOf(ROW, null))[0]!.organisation;
    const PEOPLE = `query ($id: ID!) { organisation(id: $id) { badges: experts(first: 3) { edges { node { id roles { id role } } } } } }`;
    const BOTH = `query ($id: ID!) { organisation(id: $id) {
      badges: experts(first: 3) { edges { node { id roles { id role } } } }
      scopes: experts(first: 3) { edges { node { id roles { id scope { level } } } } } } }`;
    type People = { edges: { node: Node }[] };
    const statements = await app.countStatements(async () => {
      expect((await app.gql(PEOPLE, { id }, { as: member })).errors).toBeUndefined();
    });
    expect(listStatement(statements)).not.toContain('responsibilities');
    const both = await app.gql<{ organisation: { badges: People; scopes: People } }>(BOTH, { id }, { as: member });
    expect(both.errors).toBeUndefined();
    const roles = both.data!.organisation.scopes.edges.flatMap(({ node }) => node.roles);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(role.scope).toEqual({ level: expect.any(String) });
  });

  it('reads the whole organisation, role scopes and profile texts when the query asks for them', async () => {
    const statements = await app.countStatements(() => nodesOf(FULL, null));
    for (const read of ['proposalReason', 'responsibilities', 'e.bio']) expect(listStatement(statements)).toContain(read);
    const full = await nodesOf(FULL, null);
    const described = full.find((node) => node.bio && node.roles.some((role) => role.scope));
    expect(described?.organisation.scope).toEqual({ level: expect.any(String) });
  });
});

describe('experts directory: bad input', () => {
  it.each([
    [{ first: 101 }, 'first must be at most 100'],
    [{ first: 0 }, 'first must be at least 1'],
    [{ first: 5, after: 'not-a-cursor' }, 'after is not a valid cursor'],
    [{ first: 5, filter: { municipalityId: 'nope' } }, 'municipalityId must be a valid id'],
    [{ first: 5, filter: { countryCode: 'Latvia' } }, 'countryCode must be a two-letter ISO country code'],
    [{ first: 5, filter: { language: 'klingon' } }, 'language must be an ISO 639-1 code'],
    [{ first: 5, filter: { text: 'x'.repeat(10_000) } }, 'text must be at most 200 characters'],
  ])('refuses %j with BAD_USER_INPUT', async (variables, message) => {
    const result = await app.gql(DIRECTORY_PAGE, { first: 20, ...(variables as object) }, { as: member });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('refuses an unknown facet value', async () => {
    const result = await app.gql(DIRECTORY_PAGE, { first: 5, filter: { role: 'WIZARD' } }, { as: member });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for a valid id that does not exist, and BAD_USER_INPUT for an invalid one', async () => {
    const missing = await app.gql(`{ expert(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { as: member });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ expert: null });
    const invalid = await app.gql(`{ expert(id: "42") { id } }`, {}, { as: member });
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.data).toEqual({ expert: null });
  });

  it('opens a profile with its roles', async () => {
    const first = (await directory({ role: 'MUNICIPAL_CONTACT_POINT' }, 1)).edges[0]!.node;
    const result = await app.gql<{
      expert: { fullName: string; roles: { role: string; scope: { municipality: { name: string } | null } }[] };
    }>(
      `query ($id: ID!) { expert(id: $id) { fullName bio topics availableForConsultation roles { role responsibilities startsOn scope { level country { code } municipality { name } } } } }`,
      { id: first.id },
      { as: member },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.expert.fullName).toBe(first.fullName);
    expect(result.data!.expert.roles.some((r) => r.role === 'MUNICIPAL_CONTACT_POINT')).toBe(true);
  });
});

describe('role dates', () => {
  it('are calendar dates (YYYY-MM-DD), the same on every database', async () => {
    const result = await app.gql<{ experts: { edges: { node: { roles: { startsOn: string | null }[] } }[] } }>(
      `{ experts(first: 50) { edges { node { roles { startsOn } } } } }`,
      {},
      { as: member },
    );
    const dates = result.data!.experts.edges.flatMap((e) => e.node.roles.map((r) => r.startsOn)).filter((d) => d !== null);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
