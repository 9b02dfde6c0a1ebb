import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

const COUNTS = /* GraphQL */ `
  query ($countryCode: String) {
    municipalityCounts(countryCode: $countryCode) {
      municipality {
        id
        name
        latitude
        longitude
      }
      organisations
      experts
      hasContactPoint
    }
  }
`;

interface Count {
  municipality: { id: string; name: string };
  organisations: number;
  experts: number | null;
  hasContactPoint: boolean | null;
}

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const counts = async (countryCode: string | null, cookie: string | null) => {
  const result = await app.gql<{ municipalityCounts: Count[] }>(COUNTS, { countryCode }, { as: cookie });
  expect(result.errors).toBeUndefined();
  return result.data!.municipalityCounts;
};

const totalCount = async (field: 'experts' | 'organisations', filter: Record<string, unknown>, cookie: string | null) => {
  const result = await app.gql<Record<string, { totalCount: number }>>(
    `query ($filter: ${field === 'experts' ? 'ExpertFilter' : 'OrganisationFilter'}) { ${field}(filter: $filter, first: 1) { totalCount } }`,
    { filter },
    { as: cookie },
  );
  return result.data![field]!.totalCount;
};

describe('municipalityCounts', () => {
  it('lists every municipality of the country, empty ones too', async () => {
    const all = await app.gql<{ municipalities: { id: string }[] }>(`{ municipalities(countryCode: "LV") { id } }`);
    const lv = await counts('LV', null);
    expect(lv.map((c) => c.municipality.id).toSorted()).toEqual(all.data!.municipalities.map((m) => m.id).toSorted());
    const everywhere = await counts(null, null);
    const region = await app.gql<{ municipalities: { id: string }[] }>(`{ municipalities { id } }`);
    expect(everywhere).toHaveLength(region.data!.municipalities.length);
  });

  it('gives anonymous visitors publicly listed organisations only, and nothing about people', async () => {
    const member = await app.cookieOf('member.pl');
    // An unlisted local organisation, so the two views must differ somewhere.
    const [hidden] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ municipality_id: string; country_code: string }[]>(
        `select municipality_id, country_code from organisation where not publicly_listed and status = 'ACTIVE' and municipality_id is not null limit 1`,
      );
    expect(hidden).toBeDefined();
    const anonymous = await counts(hidden!.country_code.trim(), null);
    const members = await counts(hidden!.country_code.trim(), member);
    for (const c of anonymous) {
      expect(c.experts).toBeNull();
      expect(c.hasContactPoint).toBeNull();
      expect(c.organisations).toBe(await totalCount('organisations', { municipalityId: c.municipality.id }, null));
    }
    for (const c of members) {
      expect(c.experts).toBe(await totalCount('experts', { municipalityId: c.municipality.id }, member));
      expect(c.organisations).toBe(await totalCount('organisations', { municipalityId: c.municipality.id }, member));
      expect(typeof c.hasContactPoint).toBe('boolean');
    }
    const at = (list: Count[]) => list.find((c) => c.municipality.id === hidden!.municipality_id)!.organisations;
    expect(at(anonymous)).toBeLessThan(at(members));
  });

  it('is one statement, whatever the number of municipalities', async () => {
    expect(await app.countStatements(() => counts(null, null))).toHaveLength(1);
    const member = await app.cookieOf('member.lv');
    const statements = await app.countStatements(() => counts(null, member));
    expect(statements.filter((sql) => !/\bsession\b/.test(sql))).toHaveLength(1);
  });

  it('refuses a malformed country code', async () => {
    const result = await app.gql(COUNTS, { countryCode: 'Latvia' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
