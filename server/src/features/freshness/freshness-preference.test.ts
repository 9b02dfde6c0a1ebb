import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { currentRoleSql } from '../role-assignment/role-status.js';

// Coverage and counterparts lean on entries confirmed within the last year: a stale profile may name someone who
// has moved on. Each test makes one record stale and puts it back, so the demo stays as it was for the next.

const COUNTERPARTS = `query ($role: Role!, $c: String!) { counterparts(role: $role, countryCode: $c, first: 50) { reason expert { id } } }`;
const COVERAGE = `{ coverage { municipalities { municipality { id } experts organisations recentlyConfirmedExperts recentlyConfirmedOrganisations } } }`;

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

const sql = <T>(query: string, params: unknown[] = []) => app.orm.em.fork().getConnection().execute<T[]>(query, params);

/** Runs `check` while the record confirmed at `table.id` looks two years old, then restores its date. */
async function whileStale(table: 'expert' | 'organisation', id: string, check: () => Promise<void>): Promise<void> {
  const [before] = await sql<{ at: string }>(`select last_confirmed_at as at from ${table} where id = ?`, [id]);
  await sql(`update ${table} set last_confirmed_at = now() - interval '2 years' where id = ?`, [id]);
  try {
    await check();
  } finally {
    await sql(`update ${table} set last_confirmed_at = ? where id = ?`, [before!.at, id]);
  }
}

describe('freshness preference', () => {
  it('ranks a counterpart whose profile is stale after the recently confirmed ones of the same tier', async () => {
    // A role held nationally by several experts in one country: the country's first tier.
    const [held] = await sql<{ role: string; country: string }>(
      `select role, country_code as country from role_assignment where level = 'NATIONAL' and ${currentRoleSql('role_assignment')}
        group by role, country_code having count(distinct expert_id) > 1 order by role, country_code limit 1`,
    );
    const list = async () => {
      const variables = { role: held!.role, c: held!.country.trim() };
      return (await app.gql<{ counterparts: { reason: string; expert: { id: string } }[] }>(COUNTERPARTS, variables, { as: member })).data!
        .counterparts;
    };
    const inTier = async () => (await list()).filter((c) => c.reason === 'SAME_ROLE_HERE').map((c) => c.expert.id);
    const experts = await inTier();
    expect(experts.length).toBeGreaterThan(1);
    // Every one of them fresh first, so the one made stale must move to the tier's end.
    await sql(`update expert set last_confirmed_at = now() where id = any(?::uuid[])`, [`{${experts.join(',')}}`]);
    const [first, ...rest] = await inTier();
    await whileStale('expert', first!, async () => {
      expect(await inTier()).toEqual([...rest, first]);
    });
  });

  it('counts recently confirmed experts and organisations per municipality beside all of them', async () => {
    const [place] = await sql<{ id: string; expert: string; organisation: string }>(
      `select m.id, (select id from expert where municipality_id = m.id order by id limit 1) as expert,
              (select id from organisation where municipality_id = m.id and status = 'ACTIVE' order by id limit 1) as organisation
         from municipality m where name = 'Liepāja'`,
    );
    await sql(`update expert set last_confirmed_at = now() where id = ?`, [place!.expert]);
    await sql(`update organisation set last_confirmed_at = now() where id = ?`, [place!.organisation]);
    const read = async () => {
      const result = await app.gql(COVERAGE, {}, { as: await app.cookieOf('admin') });
      return result.data!.coverage.municipalities.find((m: { municipality: { id: string } }) => m.municipality.id === place!.id);
    };
    const before = await read();
    expect(before.recentlyConfirmedExperts).toBeGreaterThan(0);
    expect(before.recentlyConfirmedExperts).toBeLessThanOrEqual(before.experts);
    await whileStale('expert', place!.expert, async () => {
      await whileStale('organisation', place!.organisation, async () => {
        expect(await read()).toEqual({
          ...before,
          recentlyConfirmedExperts: before.recentlyConfirmedExperts - 1,
          recentlyConfirmedOrganisations: before.recentlyConfirmedOrganisations - 1,
        });
      });
    });
  });
});
