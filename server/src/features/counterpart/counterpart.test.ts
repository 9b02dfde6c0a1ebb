import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { RoleAssignment, type RoleKey } from '../role-assignment/role-assignment.entity.js';

const COUNTERPARTS = /* GraphQL */ `
  query ($role: Role!, $countryCode: String, $municipalityId: ID, $first: Int) {
    counterparts(role: $role, countryCode: $countryCode, municipalityId: $municipalityId, first: $first) {
      reason
      expert {
        id
        fullName
        availableForConsultation
        languages
        organisation {
          name
        }
        contacts {
          email
        }
      }
      roleAssignment {
        role
        scope {
          level
          country {
            code
          }
          municipality {
            id
          }
        }
      }
    }
  }
`;

interface Counterpart {
  reason: string;
  expert: { id: string; fullName: string; availableForConsultation: boolean; organisation: { name: string } };
  roleAssignment: { role: string; scope: { level: string; country: { code: string } | null; municipality: { id: string } | null } };
}

let app: TestApp;
let member: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

async function counterparts(variables: Record<string, unknown>): Promise<Counterpart[]> {
  const result = await app.gql<{ counterparts: Counterpart[] }>(COUNTERPARTS, { first: 50, ...variables }, { as: member });
  expect(result.errors, JSON.stringify(variables)).toBeUndefined();
  return result.data!.counterparts;
}

const today = new Date().toISOString().slice(0, 10);
const aYearAgo = new Date(new Date().setFullYear(new Date().getFullYear() - 1));
/** Profiles confirmed within the last year rank first within a tier. */
const recentlyConfirmed = (expert: Expert) => expert.lastConfirmedAt >= aYearAgo;
const isCurrent = (a: RoleAssignment) => (!a.startsOn || a.startsOn <= today) && (!a.endsOn || a.endsOn >= today);

/** The ranking rules of the contract, computed in JavaScript from all assignments: what the SQL must agree with. */
async function expected(role: RoleKey, place: { municipalityId?: string; countryCode?: string }): Promise<[string, string][]> {
  const em = app.orm.em.fork();
  const assignments = (await em.find(RoleAssignment, {}, { populate: ['expert'] })).filter(isCurrent);
  const at = (r: string, level: string, where: (a: RoleAssignment) => boolean) =>
    assignments.filter((a) => a.role === r && a.level === level && where(a));
  let tiers: [string, RoleAssignment[]][];
  if (place.municipalityId) {
    const municipality = await em.findOneOrFail(Municipality, { id: place.municipalityId });
    const here = (a: RoleAssignment) => a.municipality?.id === municipality.id;
    const country = (a: RoleAssignment) => a.country?.unwrap().code === municipality.country.unwrap().code;
    const contactPoints = at('MUNICIPAL_CONTACT_POINT', 'LOCAL', here);
    tiers = [
      ['SAME_ROLE_HERE', at(role, 'LOCAL', here)],
      ['SAME_ROLE_NATIONAL', at(role, 'NATIONAL', country)],
      ['CONTACT_POINT', contactPoints.length > 0 ? contactPoints : at('NATIONAL_COORDINATOR', 'NATIONAL', country)],
    ];
  } else {
    const country = (a: RoleAssignment) => a.country?.unwrap().code === place.countryCode;
    tiers = [
      ['SAME_ROLE_HERE', at(role, 'NATIONAL', country)],
      ['SAME_ROLE_IN_MUNICIPALITY', at(role, 'LOCAL', country)],
      ['CONTACT_POINT', at('NATIONAL_COORDINATOR', 'NATIONAL', country)],
    ];
  }
  const seen = new Set<string>();
  const ranked: [string, string][] = [];
  for (const [reason, list] of tiers) {
    const experts = [...new Map(list.map((a) => [a.expert.id, a.expert.getEntity()])).values()]
      .filter((e) => !seen.has(e.id))
      .toSorted(
        (a, b) =>
          Number(recentlyConfirmed(b)) - Number(recentlyConfirmed(a)) ||
          Number(b.availableForConsultation) - Number(a.availableForConsultation) ||
          (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : a.id < b.id ? -1 : 1),
      );
    for (const expert of experts) {
      seen.add(expert.id);
      ranked.push([expert.id, reason]);
    }
  }
  return ranked.slice(0, 50);
}

async function municipalityNamed(name: string): Promise<Municipality> {
  return app.orm.em.fork().findOneOrFail(Municipality, { name });
}

const pairs = (list: Counterpart[]) => list.map((c): [string, string] => [c.expert.id, c.reason]);

describe('counterparts', () => {
  it('rank the same role here, then nationally, then the contact point, as the rules say', async () => {
    const klaipeda = await municipalityNamed('Klaipėda');
    const found: { role: string; c: Counterpart }[] = [];
    for (const role of ['CASE_MANAGER', 'CHILD_PROTECTION_OFFICER', 'INVESTIGATOR', 'TRAINER'] as const) {
      const list = await counterparts({ role, municipalityId: klaipeda.id });
      expect(pairs(list), role).toEqual(await expected(role, { municipalityId: klaipeda.id }));
      found.push(...list.map((c) => ({ role, c })));
    }
    expect(found.find((x) => x.role === 'CASE_MANAGER')?.c.reason).toBe('SAME_ROLE_HERE');
    // Each tier occurs for at least one of the roles, so each check below runs over something.
    const tier = (reason: string) => found.filter((x) => x.c.reason === reason);
    expect(tier('SAME_ROLE_HERE').length).toBeGreaterThan(0);
    for (const { role, c } of tier('SAME_ROLE_HERE')) {
      expect(c.roleAssignment.role).toBe(role);
      expect(c.roleAssignment.scope.municipality?.id).toBe(klaipeda.id);
    }
    expect(tier('SAME_ROLE_NATIONAL').length).toBeGreaterThan(0);
    for (const { role, c } of tier('SAME_ROLE_NATIONAL')) {
      expect(c.roleAssignment.role).toBe(role);
      expect(c.roleAssignment.scope).toMatchObject({ level: 'NATIONAL', country: { code: 'LT' } });
    }
    // Experts resolve through the Expert type: organisation and contacts per visibility.
    expect(found.every(({ c }) => c.expert.organisation.name.length > 0)).toBe(true);
  });

  it('rank nationally, then elsewhere in the country, then the national coordinator for a country', async () => {
    for (const [role, countryCode] of [
      ['CASE_MANAGER', 'LV'],
      ['LABOUR_INSPECTOR', 'PL'],
      ['POLICY_COORDINATOR', 'EE'],
    ] as const) {
      const list = await counterparts({ role, countryCode: countryCode.toLowerCase() });
      expect(list.length, `${role} ${countryCode}`).toBeGreaterThan(0);
      expect(pairs(list), `${role} ${countryCode}`).toEqual(await expected(role, { countryCode }));
    }
  });

  it('fall back to the nearest tier when nobody holds the role in that municipality', async () => {
    const em = app.orm.em.fork();
    const municipalities = await em.find(Municipality, { country: 'LV' });
    const held = new Set(
      (await em.find(RoleAssignment, { role: 'PROSECUTOR', level: 'LOCAL' })).map((a) => a.municipality?.id).filter(Boolean),
    );
    const quiet = municipalities.find((m) => !held.has(m.id))!;
    const list = await counterparts({ role: 'PROSECUTOR', municipalityId: quiet.id });
    expect(pairs(list)).toEqual(await expected('PROSECUTOR', { municipalityId: quiet.id }));
    expect(list.length).toBeGreaterThan(0);
    expect(list.some((c) => c.reason === 'SAME_ROLE_HERE')).toBe(false);
    expect(list.at(-1)!.reason).toBe('CONTACT_POINT');
  });

  it('list an expert once, at their best tier', async () => {
    const em = app.orm.em.fork();
    // A municipality has at most one contact point at a time (a database constraint): take one that has none yet.
    const [free] = await em.execute<{ id: string }[]>(
      `select m.id from municipality m where m.country_code = 'LV' and not exists (select 1 from role_assignment r
         where r.municipality_id = m.id and r.role = 'MUNICIPAL_CONTACT_POINT') order by m.name limit 1`,
    );
    const place = await em.findOneOrFail(Municipality, { id: free!.id });
    const colleague = await em.findOneOrFail(Expert, { country: 'LV' });
    // Holds the role both locally and nationally, and is also the contact point: one entry, SAME_ROLE_HERE.
    const expert = em.create(Expert, {
      fullName: 'Aaron Doublerole',
      organisation: colleague.organisation,
      country: 'LV',
      municipality: place,
      availableForConsultation: true,
    });
    await em.flush();
    const local = { level: 'LOCAL', country: 'LV', municipality: place.id } as const;
    await em.upsertMany(RoleAssignment, [
      { id: randomUUID(), expert: expert.id, role: 'GUARDIAN_ADVOCATE', ...local },
      { id: randomUUID(), expert: expert.id, role: 'GUARDIAN_ADVOCATE', level: 'NATIONAL', country: 'LV' },
      { id: randomUUID(), expert: expert.id, role: 'MUNICIPAL_CONTACT_POINT', ...local },
    ]);
    const list = await counterparts({ role: 'GUARDIAN_ADVOCATE', municipalityId: place.id });
    expect(list.filter((c) => c.expert.id === expert.id).map((c) => c.reason)).toEqual(['SAME_ROLE_HERE']);
    expect(new Set(list.map((c) => c.expert.id)).size).toBe(list.length);
    expect(pairs(list)).toEqual(await expected('GUARDIAN_ADVOCATE', { municipalityId: place.id }));
  });

  it('respect first, and cost the same statements for 5 and 50', async () => {
    const liepaja = await municipalityNamed('Liepāja');
    const variables = { role: 'CASE_MANAGER', municipalityId: liepaja.id };
    expect(await counterparts({ ...variables, first: 2 })).toHaveLength(2);
    const five = await app.countStatements(() => counterparts({ ...variables, first: 5 }));
    const fifty = await app.countStatements(() => counterparts({ ...variables, first: 50 }));
    expect(fifty.length).toBe(five.length);
    // Session, municipality, the ranking (with the scopes' places) and the experts (with their organisations).
    expect(fifty.length).toBe(4);
  });
});

describe('counterparts: bad input', () => {
  it('are for members only', async () => {
    const result = await app.gql(COUNTERPARTS, { role: 'CASE_MANAGER', countryCode: 'LV' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{}, 'countryCode'],
    [{ countryCode: 'LV', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'municipalityId'],
    [{ municipalityId: '00000000-0000-4000-8000-000000000000' }, 'municipalityId'],
    [{ municipalityId: "'; drop table expert; --" }, 'municipalityId'],
    [{ countryCode: 'Latvia' }, 'countryCode'],
    [{ countryCode: 'LV', first: 51 }, 'first'],
    [{ countryCode: 'LV', first: 0 }, 'first'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (variables, field) => {
    const result = await app.gql(COUNTERPARTS, { role: 'CASE_MANAGER', ...variables }, { as: member });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe(field);
  });

  it('refuses an unknown role and answers an empty list for an unknown country', async () => {
    const role = await app.gql(COUNTERPARTS, { role: 'WIZARD', countryCode: 'LV' }, { as: member });
    expect(role.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counterparts({ role: 'CASE_MANAGER', countryCode: 'ZZ' })).toEqual([]);
  });
});
