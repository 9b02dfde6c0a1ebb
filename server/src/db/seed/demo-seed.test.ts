import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { seedDemo } from './demo-seed.js';

const COUNTS = `select (select count(*) from organisation)::int as organisations, (select count(*) from organisation_service)::int as services,
  (select count(*) from expert)::int as experts, (select count(*) from role_assignment)::int as roles,
  (select count(*) from network_activity)::int as activity, (select count(*) from municipality)::int as municipalities`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

describe('demo seed', () => {
  it('looks like the network: ≥ 80 organisations, ≥ 300 experts, every STROM country and level', async () => {
    const [counts] = await app.orm.em.fork().getConnection().execute<{ organisations: number; experts: number }[]>(COUNTS);
    expect(counts!.organisations).toBeGreaterThanOrEqual(80);
    expect(counts!.experts).toBeGreaterThanOrEqual(300);
    const levels = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ level: string }[]>(`select distinct level from organisation order by level`);
    expect(levels.map((r) => r.level)).toEqual(['LOCAL', 'NATIONAL', 'REGIONAL']);
    const countries = await app.orm.em
      .fork()
      .getConnection()
      .execute(`select distinct c.code from expert e join country c on c.code = e.country_code where c.strom_participant`);
    expect(countries).toHaveLength(10);
  });

  it('is idempotent: seeding again changes no counts', async () => {
    const connection = app.orm.em.fork().getConnection();
    const [before] = await connection.execute(COUNTS);
    await seedDemo(app.orm.em.fork());
    const [after] = await connection.execute(COUNTS);
    expect(after).toEqual(before);
  });
});
