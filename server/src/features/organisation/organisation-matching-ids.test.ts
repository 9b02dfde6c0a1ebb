import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { ANONYMOUS } from '../../core/auth.js';
import { matchingIds } from '../../core/matching-ids.js';
import { readRows, sql } from '../../core/sql.js';
import { Organisation } from './organisation.entity.js';
import { organisationWhere } from './organisation-filter.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const matchingCount = async (where: ReturnType<typeof organisationWhere>) => {
  const em = app.orm.em.fork();
  const [row] = await readRows<{ n: number }>(
    em,
    sql`select count(*)::int as n from organisation o where o.id in (${matchingIds(em, Organisation, where)})`,
  );
  return row!.n;
};

describe('matchingIds', () => {
  it('compiles the same plain conditions once, and gives each caller its own parameters', async () => {
    const em = app.orm.em.fork();
    const build = vi.spyOn(em, 'createQueryBuilder');
    const where = organisationWhere(ANONYMOUS, { countryCode: 'DK', type: 'POLICE' });
    const first = matchingIds(em, Organisation, where);
    const again = matchingIds(em, Organisation, organisationWhere(ANONYMOUS, { countryCode: 'DK', type: 'POLICE' }));
    const other = matchingIds(em, Organisation, organisationWhere(ANONYMOUS, { countryCode: 'SE', type: 'POLICE' }));
    expect(again).toEqual(first);
    expect(other.params).not.toEqual(first.params);
    expect(build.mock.calls.length).toBeLessThanOrEqual(2);
    again.params.push('changed');
    expect(matchingIds(em, Organisation, where).params).toEqual(first.params);
  });

  it('compiles conditions with a text search every time: each search finds its own organisations', async () => {
    const em = app.orm.em.fork();
    const build = vi.spyOn(em, 'createQueryBuilder');
    const [one] = await readRows<{ name: string }>(
      em,
      `select name from organisation where publicly_listed and status = 'ACTIVE' order by name limit 1`,
    );
    const word = one!.name.split(' ')[0]!;
    const found = await matchingCount(organisationWhere(ANONYMOUS, { text: word }));
    const none = await matchingCount(organisationWhere(ANONYMOUS, { text: 'zzqxwv' }));
    expect(found).toBeGreaterThan(0);
    expect(none).toBe(0);
    matchingIds(em, Organisation, organisationWhere(ANONYMOUS, { text: word }));
    matchingIds(em, Organisation, organisationWhere(ANONYMOUS, { text: word }));
    expect(build).toHaveBeenCalledTimes(2);
  });
});
