import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';

// A municipality's priorities view and the scenario list narrowed to it; who reads a scenario at all is cost.test.ts's.

let app: TestApp;
let place: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  // A Latvian municipality no demo scenario names, so the sums below are the tests' own.
  const [row] = await sql<{ id: string }>(
    app,
    `select id from municipality m where country_code = 'LV' and not exists (select 1 from cost_scenario s where s.municipality_id = m.id)
       order by name limit 1`,
  );
  place = row!.id;
});
afterAll(() => app?.close());

const PRIORITIES = `query ($id: ID!, $currency: CostCurrency!, $year: Int!) {
  costPriorities(municipalityId: $id, currency: $currency, priceYear: $year) { scenarioCount totalMinor byCategory { category totalMinor } }
}`;

const line = (category: string, unitCostMinor: number, periods: number) => ({
  category,
  payer: 'MUNICIPALITY',
  unitCostMinor,
  quantity: 1,
  period: 'DAY',
  periods,
  startDay: 0,
});

async function save(who: 'member.lv' | 'member.pl', overrides: Record<string, unknown>) {
  const input = {
    id: randomUUID(),
    title: 'Adult man, labour exploitation, a month in the municipality',
    confirmations: [],
    countryCode: 'LV',
    municipalityId: place,
    currency: 'EUR',
    priceYear: 2026,
    shared: false,
    lines: [line('SHELTER', 3000, 30)],
    ...overrides,
  };
  const result = await app.gql(
    `mutation ($input: SaveCostScenarioInput!) { saveCostScenario(input: $input) { id } }`,
    { input },
    {
      as: await app.cookieOf(who),
    },
  );
  expect(result.errors).toBeUndefined();
  return input.id;
}

/** How many scenarios the view summed, and the statements on the workbench's tables it took. */
async function measured() {
  let count = 0;
  const statements = await app.countStatements(async () => {
    count = (await priorities({})).data!.costPriorities.scenarioCount;
  });
  return { count, statements: statements.filter((text) => text.includes('cost_')) };
}

async function priorities(variables: Record<string, unknown>) {
  return app.gql(PRIORITIES, { id: place, currency: 'EUR', year: 2026, ...variables }, { as: await app.cookieOf('member.lv') });
}

describe("a municipality's priorities", () => {
  it('sums the categories of the scenarios the viewer reads, converted like a comparison, largest first', async () => {
    await save('member.lv', { lines: [line('SHELTER', 3000, 30), line('LEGAL_AID', 5000, 4)] });
    await save('member.pl', { shared: true, lines: [line('SHELTER', 2500, 20)] });
    await save('member.pl', { lines: [line('LEGAL_AID', 900_000, 1)] }); // private to member.pl: not counted
    const sek = await save('member.lv', { currency: 'SEK', lines: [line('LEGAL_AID', 115_000, 1)] });
    const refused = await priorities({});
    expect(refused.errors?.[0]?.message).toContain('No price index for LV in 2026.');
    const admin = await app.cookieOf('admin');
    await app.gql(
      `mutation { setExchangeRate(input: { year: 2026, currency: SEK, perEuro: "11.5", source: "Test figure" }) { exchange { year } } }`,
      {},
      {
        as: admin,
      },
    );
    await app.gql(
      `mutation { setPriceIndex(input: { year: 2026, countryCode: "LV", index: "100", source: "Test figure" }) { prices { year } } }`,
      {},
      {
        as: admin,
      },
    );
    const result = await priorities({});
    expect(result.errors).toBeUndefined();
    // Shelter 900.00 + 500.00; legal aid 200.00 + 1,150.00 SEK = 100.00 EUR.
    expect(result.data!.costPriorities).toEqual({
      scenarioCount: 3,
      totalMinor: 170_000,
      byCategory: [
        { category: 'SHELTER', totalMinor: 140_000 },
        { category: 'LEGAL_AID', totalMinor: 30_000 },
      ],
    });
    const list = await app.gql(
      `query ($id: ID!) { costScenarios(first: 20, filter: { municipalityId: $id }) { totalCount edges { node { id municipalityId } } } }`,
      { id: place },
      { as: await app.cookieOf('member.lv') },
    );
    const nodes = list.data!.costScenarios.edges.map((edge: { node: { id: string; municipalityId: string } }) => edge.node);
    expect(list.data!.costScenarios.totalCount).toBe(3);
    expect(nodes.filter((node: { municipalityId: string }) => node.municipalityId !== place)).toEqual([]);
    expect(nodes.map((node: { id: string }) => node.id)).toContain(sek);
  });

  it('costs the same statements with three scenarios as with seven', async () => {
    const few = await measured();
    for (let i = 0; i < 4; i += 1) await save('member.lv', {});
    const many = await measured();
    expect([few.count, many.count]).toEqual([3, 7]);
    // The scenarios and the rates table.
    expect(few.statements).toHaveLength(2);
    expect(many.statements).toHaveLength(2);
  });

  it('refuses visitors and a malformed municipality id', async () => {
    const anonymous = await app.gql(PRIORITIES, { id: place, currency: 'EUR', year: 2026 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await priorities({ id: 'nowhere' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
