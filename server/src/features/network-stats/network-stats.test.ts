import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

const STATS = `{ networkStats { countries otherCountries municipalities organisations experts } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

async function count(sql: string): Promise<number> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ n: number }[]>(`select (${sql})::int as n`);
  return row!.n;
}

describe('networkStats', () => {
  it('counts for anonymous visitors only what they may see: listed organisations, no experts', async () => {
    const listed = await count(`select count(*) from organisation where status = 'ACTIVE' and publicly_listed`);
    const all = await count(`select count(*) from organisation where status = 'ACTIVE'`);
    // The demo data has unlisted organisations, so the two answers differ.
    expect(listed).toBeLessThan(all);
    const result = await app.gql<{ networkStats: Record<string, number | null> }>(STATS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.networkStats).toMatchObject({ organisations: listed, experts: null });
  });

  it('counts the ten STROM countries and names the other countries the directory lists', async () => {
    const result = await app.gql<{ networkStats: { countries: number; otherCountries: string[] } }>(STATS);
    expect(result.data!.networkStats.countries).toBe(10);
    expect(result.data!.networkStats.otherCountries).toEqual(['Iceland']);
    expect(await count(`select count(*) from country`)).toBe(11);
  });

  it('counts every organisation and expert for members', async () => {
    const result = await app.gql<{ networkStats: Record<string, number | null> }>(STATS, {}, { as: await app.cookieOf('member.pl') });
    expect(result.data!.networkStats).toMatchObject({
      organisations: await count(`select count(*) from organisation where status = 'ACTIVE'`),
      experts: await count(`select count(*) from expert`),
    });
  });
});
