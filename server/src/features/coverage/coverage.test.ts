import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICES, TARGET_GROUPS } from '@strom/shared';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { SERVICES_BY_TARGET_GROUP } from './service-gaps.js';
import { addWithoutTwoFactor } from '../member/member.test-support.js';
import { addTaskForceMember } from './coverage.test-support.js';

const COVERAGE = /* GraphQL */ `
  {
    coverage {
      countries {
        country {
          code
        }
        withContactPoint
        membersOnly
        nobody
        serviceGaps {
          service
          targetGroup
        }
      }
      municipalities {
        municipality {
          id
          country {
            code
          }
        }
        status
        experts
        organisations
      }
    }
  }
`;

interface CoverageData {
  coverage: {
    countries: {
      country: { code: string };
      withContactPoint: number;
      membersOnly: number;
      nobody: number;
      serviceGaps: { service: string; targetGroup: string | null }[];
    }[];
    municipalities: { municipality: { id: string; country: { code: string } }; status: string; experts: number; organisations: number }[];
  };
}

let app: TestApp;
let admin: string;
let coverage: CoverageData['coverage'];

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  admin = await app.cookieOf('admin');
  const result = await app.gql<CoverageData>(COVERAGE, {}, { as: admin });
  if (!result.data) throw new Error(`coverage failed: ${JSON.stringify(result.errors)}`);
  coverage = result.data.coverage;
});
afterAll(() => app?.close());

const totalCount = async (field: 'experts' | 'organisations', filter: Record<string, unknown>): Promise<number> => {
  const result = await app.gql<Record<string, { totalCount: number }>>(
    `query ($filter: ${field === 'experts' ? 'ExpertFilter' : 'OrganisationFilter'}) { ${field}(filter: $filter, first: 1) { totalCount } }`,
    { filter },
    { as: admin },
  );
  expect(result.errors).toBeUndefined();
  return result.data![field]!.totalCount;
};

/** Municipalities with a current LOCAL contact point, read from the expert directory's own role lists. */
async function contactPointMunicipalities(): Promise<Set<string>> {
  const today = new Date().toISOString().slice(0, 10);
  const found = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page: any = await app.gql(
      `query ($after: String) { experts(filter: { role: MUNICIPAL_CONTACT_POINT }, first: 100, after: $after) {
         pageInfo { hasNextPage endCursor }
         edges { node { roles { role startsOn endsOn scope { level municipality { id } } } } } } }`,
      { after },
      { as: admin },
    );
    for (const { node } of page.data.experts.edges) {
      for (const r of node.roles) {
        const current = (!r.startsOn || r.startsOn <= today) && (!r.endsOn || r.endsOn >= today);
        if (r.role === 'MUNICIPAL_CONTACT_POINT' && r.scope.level === 'LOCAL' && current) found.add(r.scope.municipality.id);
      }
    }
    if (!page.data.experts.pageInfo.hasNextPage) return found;
    after = page.data.experts.pageInfo.endCursor;
  }
}

describe('coverage', () => {
  it('lists every municipality with a status that agrees with the directory lists', async () => {
    const all = await app.gql<{ municipalities: { id: string }[] }>(`{ municipalities { id } }`);
    expect(coverage.municipalities.map((m) => m.municipality.id).toSorted()).toEqual(all.data!.municipalities.map((m) => m.id).toSorted());
    const contactPoints = await contactPointMunicipalities();
    for (const m of coverage.municipalities) {
      const municipalityId = m.municipality.id;
      const experts = await totalCount('experts', { municipalityId });
      const expected = contactPoints.has(municipalityId) ? 'CONTACT_POINT' : experts > 0 ? 'MEMBERS_ONLY' : 'NOBODY';
      expect({ municipalityId, status: m.status, experts: m.experts }).toEqual({ municipalityId, status: expected, experts });
      expect(m.organisations).toBe(await totalCount('organisations', { municipalityId }));
    }
    // The demo leaves at least one municipality without a contact point, so the view has something to flag.
    expect(coverage.municipalities.some((m) => m.status !== 'CONTACT_POINT')).toBe(true);
    expect(coverage.municipalities.some((m) => m.status === 'CONTACT_POINT')).toBe(true);
  });

  it('counts each country from its municipalities', () => {
    expect(coverage.countries.length).toBeGreaterThan(0);
    for (const country of coverage.countries) {
      const own = coverage.municipalities.filter((m) => m.municipality.country.code === country.country.code);
      const count = (status: string) => own.filter((m) => m.status === status).length;
      expect(country).toMatchObject({
        withContactPoint: count('CONTACT_POINT'),
        membersOnly: count('MEMBERS_ONLY'),
        nobody: count('NOBODY'),
      });
    }
  });

  it('reports a service gap exactly where the organisation directory finds no provider', async () => {
    let gaps = 0;
    for (const country of coverage.countries.filter((c) => ['LV', 'LT', 'PL', 'IS'].includes(c.country.code))) {
      const countryCode = country.country.code;
      const expected: { service: string; targetGroup: string | null }[] = [];
      for (const service of Object.keys(SERVICES)) {
        const offered = await totalCount('organisations', { countryCode, service });
        if (offered === 0) {
          expected.push({ service, targetGroup: null });
          continue;
        }
        if (!(SERVICES_BY_TARGET_GROUP as readonly string[]).includes(service)) continue;
        for (const targetGroup of Object.keys(TARGET_GROUPS)) {
          if ((await totalCount('organisations', { countryCode, service, targetGroup })) === 0) expected.push({ service, targetGroup });
        }
      }
      expect(country.serviceGaps, countryCode).toEqual(expected);
      gaps += expected.length;
    }
    expect(gaps).toBeGreaterThan(0);
  });

  it('costs a fixed number of statements, however many municipalities there are', async () => {
    const statements = await app.countStatements(() => app.gql(COVERAGE, {}, { as: admin }));
    // Session, the Task Force check, municipality counts, service gaps, countries; the municipalities' countries are in the identity map.
    expect(statements.filter((sql) => !/\bsession\b/.test(sql)).length).toBeLessThanOrEqual(5);
  });
});

const ask = (cookie: string | null) => app.gql(`{ coverage { municipalities { status } } }`, {}, { as: cookie });

describe('coverage: who may see it', () => {
  it('is for coordinators and admins by network role', async () => {
    for (const account of ['coordinator.lv', 'coordinator.lt', 'admin'] as const) {
      expect((await ask(await app.cookieOf(account))).errors, account).toBeUndefined();
    }
  });

  it('is refused to members and moderators without a Task Force seat, and to anonymous visitors', async () => {
    for (const account of ['member.lv', 'member.pl', 'moderator'] as const) {
      expect((await ask(await app.cookieOf(account))).errors?.[0]?.extensions?.code, account).toBe('FORBIDDEN');
    }
    expect((await ask(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is refused to a coordinator and an admin without two-factor authentication, and viewer.can.seeCoverage says so', async () => {
    for (const networkRole of ['COORDINATOR', 'ADMIN'] as const) {
      const { cookie } = await addWithoutTwoFactor(app, networkRole);
      expect((await ask(cookie)).errors?.[0]?.extensions?.code, networkRole).toBe('FORBIDDEN');
      const can = await app.gql<{ viewer: { can: { seeCoverage: boolean } } }>('{ viewer { can { seeCoverage } } }', {}, { as: cookie });
      expect(can.data?.viewer.can.seeCoverage, networkRole).toBe(false);
    }
  });

  it('is for a plain member holding a current TF-THB seat, and not once the seat has ended', async () => {
    const current = await addTaskForceMember(app);
    expect((await ask(current.cookie)).errors).toBeUndefined();
    const ended = await addTaskForceMember(app, '2021-12-31');
    expect((await ask(ended.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is what viewer.can.seeCoverage says, so the link shows exactly to those the query serves', async () => {
    const cookies = [
      ...(await Promise.all((['coordinator.lv', 'admin', 'member.lv', 'moderator'] as const).map((account) => app.cookieOf(account)))),
      (await addTaskForceMember(app)).cookie,
      (await addTaskForceMember(app, '2021-12-31')).cookie,
    ];
    const answers = await Promise.all(
      cookies.map(async (cookie) => {
        const result = await app.gql<{ viewer: { can: { seeCoverage: boolean } } }>(
          '{ viewer { can { seeCoverage } } }',
          {},
          { as: cookie },
        );
        return { says: result.data?.viewer.can.seeCoverage, serves: (await ask(cookie)).errors === undefined };
      }),
    );
    expect(answers.map((a) => a.says)).toEqual(answers.map((a) => a.serves));
    expect(answers.map((a) => a.says)).toEqual([true, true, false, false, true, false]);
  });
});
