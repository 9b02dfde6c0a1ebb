import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';

const FACET = `{ value label count }`;
const EXPERT_FACETS = /* GraphQL */ `
  query ($filter: ExpertFilter) {
    expertFacets(filter: $filter) {
      total
      availableForConsultation
      countries ${FACET} municipalities ${FACET} levels ${FACET} organisationTypes ${FACET}
      roles ${FACET} formsOfExploitation ${FACET} services ${FACET} languages ${FACET}
    }
  }
`;
const ORGANISATION_FACETS = /* GraphQL */ `
  query ($filter: OrganisationFilter) {
    organisationFacets(filter: $filter) {
      total
      countries ${FACET} municipalities ${FACET} levels ${FACET} types ${FACET}
      services ${FACET} targetGroups ${FACET} languages ${FACET}
    }
  }
`;

interface FacetCount {
  value: string;
  label: string | null;
  count: number;
}
/** Both kinds of facets; each query asks for its own subset. */
interface Facets {
  total: number;
  availableForConsultation: number;
  countries: FacetCount[];
  municipalities: FacetCount[];
  levels: FacetCount[];
  organisationTypes: FacetCount[];
  types: FacetCount[];
  roles: FacetCount[];
  formsOfExploitation: FacetCount[];
  services: FacetCount[];
  targetGroups: FacetCount[];
  languages: FacetCount[];
}
const listOf = (facets: Facets, facet: string): FacetCount[] => Object.entries(facets).find(([key]) => key === facet)?.[1] ?? [];

/** Which list filter field each facet narrows. */
const EXPERT_FIELDS: Record<string, string> = {
  countries: 'countryCode',
  municipalities: 'municipalityId',
  levels: 'level',
  organisationTypes: 'organisationType',
  roles: 'role',
  formsOfExploitation: 'formOfExploitation',
  services: 'service',
  languages: 'language',
};
const ORGANISATION_FIELDS: Record<string, string> = {
  countries: 'countryCode',
  municipalities: 'municipalityId',
  levels: 'level',
  types: 'type',
  services: 'service',
  targetGroups: 'targetGroup',
  languages: 'language',
};

let app: TestApp;
let member: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

async function expertFacets(filter: Record<string, unknown> | null): Promise<Facets> {
  const result = await app.gql<{ expertFacets: Facets }>(EXPERT_FACETS, { filter }, { as: member });
  expect(result.errors).toBeUndefined();
  return result.data!.expertFacets;
}

async function organisationFacets(filter: Record<string, unknown> | null, as: string | null): Promise<Facets> {
  const result = await app.gql<{ organisationFacets: Facets }>(ORGANISATION_FACETS, { filter }, { as });
  expect(result.errors).toBeUndefined();
  return result.data!.organisationFacets;
}

async function expertCount(filter: Record<string, unknown>): Promise<number> {
  const result = await app.gql<{ experts: { totalCount: number } }>(
    `query ($filter: ExpertFilter) { experts(filter: $filter, first: 1) { totalCount } }`,
    { filter },
    { as: member },
  );
  expect(result.errors, JSON.stringify(filter)).toBeUndefined();
  return result.data!.experts.totalCount;
}

async function organisationCount(filter: Record<string, unknown>, as: string | null): Promise<number> {
  const result = await app.gql<{ organisations: { totalCount: number } }>(
    `query ($filter: OrganisationFilter) { organisations(filter: $filter, first: 1) { totalCount } }`,
    { filter },
    { as },
  );
  expect(result.errors, JSON.stringify(filter)).toBeUndefined();
  return result.data!.organisations.totalCount;
}

/** Every count must be what the list returns with that value chosen on top of the rest of the filter. */
async function expectCountsMatchList(
  facets: Facets,
  fields: Record<string, string>,
  base: Record<string, unknown>,
  listCount: (filter: Record<string, unknown>) => Promise<number>,
) {
  expect(facets.total).toBe(await listCount(base));
  for (const [facet, field] of Object.entries(fields)) {
    const counts = listOf(facets, facet);
    expect(counts.length, facet).toBeGreaterThan(0);
    const sorted = counts.toSorted((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    expect(counts, facet).toEqual(sorted);
    // Municipalities are many; the first dozen make the point.
    for (const { value, count } of counts.slice(0, 12)) {
      expect(count, `${facet}=${value}`).toBeGreaterThan(0);
      expect(count, `${facet}=${value}`).toBe(await listCount({ ...base, [field]: value }));
    }
  }
}

describe('expert facets', () => {
  it('are for members only', async () => {
    const result = await app.gql(EXPERT_FACETS, { filter: null });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('count what the directory lists for each value, without a filter', async () => {
    const facets = await expertFacets(null);
    expect(facets.total).toBe(await app.orm.em.fork().count(Expert, {}));
    expect(facets.countries.find((c) => c.value === 'LV')?.label).toBe('Latvia');
    expect(facets.municipalities.length).toBeGreaterThan(0);
    expect(facets.municipalities.every((m) => m.label !== null)).toBe(true);
    await expectCountsMatchList(facets, EXPERT_FIELDS, {}, expertCount);
    expect(facets.availableForConsultation).toBe(await expertCount({ availableForConsultation: true }));
  });

  it('ignore their own dimension, so the alternatives stay visible', async () => {
    const base = { countryCode: 'LV', role: 'CASE_MANAGER', language: 'ru' };
    const facets = await expertFacets(base);
    expect(facets.countries.length).toBeGreaterThan(1);
    expect(facets.roles.length).toBeGreaterThan(1);
    await expectCountsMatchList(facets, EXPERT_FIELDS, base, expertCount);
    expect(facets.availableForConsultation).toBe(await expertCount({ ...base, availableForConsultation: true }));
  });

  it('narrow with availability and text like the list does', async () => {
    const base = { availableForConsultation: true, text: 'Riga' };
    const facets = await expertFacets(base);
    expect(facets.total).toBeGreaterThan(0);
    expect(facets.availableForConsultation).toBe(await expertCount({ ...base, availableForConsultation: true }));
    await expectCountsMatchList(facets, EXPERT_FIELDS, base, expertCount);
  });

  it('answer zero for an unknown municipality and refuse unknown values', async () => {
    const facets = await expertFacets({ municipalityId: '00000000-0000-4000-8000-000000000000' });
    expect(facets.total).toBe(0);
    expect(facets.roles).toEqual([]);
    expect(facets.municipalities.length).toBeGreaterThan(0);
    for (const filter of [{ role: 'WIZARD' }, { language: 'klingon' }, { municipalityId: 'nope' }, { text: 'x'.repeat(10_000) }]) {
      const result = await app.gql(EXPERT_FACETS, { filter }, { as: member });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter).slice(0, 40)).toBe('BAD_USER_INPUT');
    }
    // Symbols are separators, never query syntax. Every demo organisation's description ends "generated as
    // Strom demo data", so the word "a" (as a prefix) matches every organisation and, through it, every expert;
    // input with no letter or digit left is no text filter at all.
    const everyone = await app.orm.em.fork().count(Expert, {});
    expect(everyone).toBeGreaterThan(0);
    const cases: [text: string, expected: number][] = [
      ["'; drop table expert; --", 0],
      ['a:* & !(', everyone],
      ['%_\\', everyone],
      ['\u0000\u0007', everyone],
    ];
    for (const [text, expected] of cases) {
      const { total } = await expertFacets({ text });
      expect(total, JSON.stringify(text)).toBe(expected);
      expect(total, JSON.stringify(text)).toBe(await expertCount({ text }));
    }
  });

  it('cost one statement (after the session lookup) whatever the filter holds', async () => {
    const plain = await app.countStatements(() => expertFacets(null));
    const busy = await app.countStatements(() =>
      expertFacets({ countryCode: 'LV', role: 'CASE_MANAGER', service: 'HOTLINE', text: 'Riga' }),
    );
    expect(busy.length).toBe(plain.length);
    expect(busy.length).toBeLessThanOrEqual(2);
  });
});

describe('organisation facets', () => {
  it('count only publicly listed organisations for anonymous visitors', async () => {
    const anonymous = await organisationFacets(null, null);
    const asMember = await organisationFacets(null, member);
    expect(anonymous.total).toBeLessThan(asMember.total);
    await expectCountsMatchList(anonymous, ORGANISATION_FIELDS, {}, (filter) => organisationCount(filter, null));
    await expectCountsMatchList(asMember, ORGANISATION_FIELDS, {}, (filter) => organisationCount(filter, member));
  });

  it('count services by the service that meets the other service conditions', async () => {
    const base = { countryCode: 'LV', targetGroup: 'ADULT_MEN', language: 'ru' };
    for (const as of [null, member]) {
      const facets = await organisationFacets(base, as);
      expect(facets.services.length).toBeGreaterThan(0);
      await expectCountsMatchList(facets, ORGANISATION_FIELDS, base, (filter) => organisationCount(filter, as));
    }
  });

  it('answer zero for an unknown municipality', async () => {
    const facets = await organisationFacets({ municipalityId: '00000000-0000-4000-8000-000000000000' }, null);
    expect(facets.total).toBe(0);
    expect(facets.types).toEqual([]);
  });

  it('cost one statement whatever the filter holds', async () => {
    const plain = await app.countStatements(() => organisationFacets(null, null));
    const busy = await app.countStatements(() =>
      organisationFacets({ service: 'SAFE_ACCOMMODATION', targetGroup: 'ADULT_MEN', text: 'Tallinn' }, null),
    );
    expect(busy.length).toBe(plain.length);
    expect(busy.length).toBe(1);
  });
});
