import { randomUUID } from 'node:crypto';
import { computeCostTotals, type CostLine } from '@strom/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import { COST_TEMPLATES } from './cost-templates.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const SCENARIO = `id title version shared mine currency priceYear templateKey
  lines { category payer unitCostMinor quantity period periods startDay illustrative sourceNote totalMinor }
  totals { totalMinor byGroup { key totalMinor } byPayer { key totalMinor } byCategory { category totalMinor } byMonth }`;
const SAVE = `mutation ($input: SaveCostScenarioInput!) { saveCostScenario(input: $input) { ${SCENARIO} } }`;

const latvia = COST_TEMPLATES.find((template) => template.key === 'LV_REHABILITATION_180')!;
const templateLines = () => latvia.lines.map(({ sourceNote, ...line }) => ({ ...line, sourceNote }));

function scenarioInput(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    title: 'Adult woman, sexual exploitation, 180 days in Latvia',
    summary: 'A typical case in the state-funded rehabilitation course.',
    confirmations: [],
    countryCode: 'LV',
    currency: 'EUR',
    priceYear: 2026,
    shared: false,
    templateKey: 'LV_REHABILITATION_180',
    lines: templateLines(),
    ...overrides,
  };
}

async function save(who: 'member.lv' | 'member.pl' | 'admin', input: Record<string, unknown>) {
  return app.gql(SAVE, { input }, { as: await app.cookieOf(who) });
}

describe('a cost scenario', () => {
  it('saves the totals the shared formula computes, to the cent, and marks template prices illustrative', async () => {
    const lines = templateLines().map((line) => (line.category === 'SHELTER' ? { ...line, unitCostMinor: 4150, periods: 150 } : line));
    const result = await save('member.lv', scenarioInput({ lines }));
    expect(result.errors).toBeUndefined();
    const saved = result.data!.saveCostScenario;
    const expected = computeCostTotals(lines as CostLine[]);
    expect(saved.totals.totalMinor).toBe(expected.totalMinor);
    expect(saved.totals.byMonth).toEqual(expected.byMonth);
    expect(saved.lines.map((l: { illustrative: boolean; category: string }) => [l.category, l.illustrative])).toEqual(
      lines.map((line) => [line.category, line.category !== 'SHELTER']),
    );
    const [row] = await sql<{ total_minor: string }>(app, `select total_minor from cost_scenario where id = ?`, [saved.id]);
    expect(Number(row!.total_minor)).toBe(expected.totalMinor);
  });

  it('is created once when the client retries with the same id', async () => {
    const input = scenarioInput();
    await save('member.lv', input);
    const again = await save('member.lv', input);
    expect(again.data!.saveCostScenario.version).toBe(1);
    const [count] = await sql<{ n: string }>(app, `select count(*) as n from cost_scenario where id = ?`, [input.id]);
    expect(Number(count!.n)).toBe(1);
  });

  it('refuses a stale edit with CONFLICT and keeps the newer version', async () => {
    const input = scenarioInput();
    await save('member.lv', input);
    const first = await save('member.lv', { ...input, expectedVersion: 1, title: 'Newer title of the scenario' });
    expect(first.data!.saveCostScenario.version).toBe(2);
    const stale = await save('member.lv', { ...input, expectedVersion: 1, title: 'Stale title' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [row] = await sql<{ title: string }>(app, `select title from cost_scenario where id = ?`, [input.id]);
    expect(row!.title).toBe('Newer title of the scenario');
  });

  it('names the line and field of a negative quantity or unit cost, and writes nothing', async () => {
    const input = scenarioInput({
      lines: [
        { ...templateLines()[0], quantity: -2 },
        { ...templateLines()[1], unitCostMinor: -100 },
      ],
    });
    const result = await save('member.lv', input);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'input.lines.0.quantity', message: 'Line 1: The quantity must be at least 0.' },
        { field: 'input.lines.1.unitCostMinor', message: 'Line 2: The unit cost must be at least 0.' },
      ],
    });
    const [count] = await sql<{ n: string }>(app, `select count(*) as n from cost_scenario where id = ?`, [input.id]);
    expect(Number(count!.n)).toBe(0);
  });

  it('refuses a total that overflows the limit and an unknown currency', async () => {
    const huge = {
      category: 'LOST_OUTPUT',
      payer: 'STATE',
      unitCostMinor: 1_000_000_000,
      quantity: 10_000,
      period: 'DAY',
      periods: 3650,
      startDay: 0,
    };
    const overflow = await save('member.lv', scenarioInput({ lines: [huge] }));
    expect(overflow.errors?.[0]?.message).toBe('The total is too large to be a realistic scenario.');
    const currency = await save('member.lv', scenarioInput({ currency: 'GBP' }));
    expect(currency.errors?.[0]?.message).toMatch(/CostCurrency/);
  });

  it('refuses victim data in its summary until the author confirms it', async () => {
    const input = scenarioInput({ summary: 'Anna Bērziņa, victim, born 12.03.1990, stayed in the shelter.' });
    const refused = await save('member.lv', input);
    expect(refused.errors?.[0]?.extensions?.guardrail).toBeTruthy();
    const [count] = await sql<{ n: string }>(app, `select count(*) as n from cost_scenario where id = ?`, [input.id]);
    expect(Number(count!.n)).toBe(0);
  });

  it('keeps its municipality through an edit that leaves it out, and clears it only when told', async () => {
    const [liepaja] = await sql<{ id: string }>(app, `select id from municipality where name = 'Liepāja'`);
    const [klaipeda] = await sql<{ id: string }>(app, `select id from municipality where name = 'Klaipėda'`);
    const input = scenarioInput({ municipalityId: liepaja!.id });
    await save('member.lv', input);
    // The same scenario as an editor that does not know the field sends it: without municipalityId at all.
    const edited = await save('member.lv', { ...scenarioInput(), id: input.id, expectedVersion: 1, title: 'Edited by an older editor' });
    expect(edited.errors).toBeUndefined();
    const placeOf = async () =>
      (await sql<{ municipality_id: string | null }>(app, `select municipality_id from cost_scenario where id = ?`, [input.id]))[0]!
        .municipality_id;
    expect(await placeOf()).toBe(liepaja!.id);
    const abroad = await save('member.lv', { ...input, expectedVersion: 2, municipalityId: klaipeda!.id });
    expect(abroad.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.municipalityId', message: "Choose a municipality of the scenario's country" },
    ]);
    await save('member.lv', { ...input, expectedVersion: 2, municipalityId: null });
    expect(await placeOf()).toBeNull();
  });

  it('is private to its author until shared, then every member reads it but only the author changes it', async () => {
    const input = scenarioInput();
    await save('member.lv', input);
    const read = `query ($id: ID!) { costScenario(id: $id) { id mine } }`;
    const other = await app.cookieOf('member.pl');
    expect((await app.gql(read, { id: input.id }, { as: other })).data!.costScenario).toBeNull();
    await save('member.lv', { ...input, expectedVersion: 1, shared: true });
    expect((await app.gql(read, { id: input.id }, { as: other })).data!.costScenario).toEqual({ id: input.id, mine: false });
    expect((await app.gql(read, { id: input.id })).data!.costScenario).toBeNull();
    const edit = await save('member.pl', { ...input, expectedVersion: 2, title: 'Taken over' });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const del = await app.gql(`mutation ($id: ID!) { deleteCostScenario(id: $id) }`, { id: input.id }, { as: other });
    expect(del.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the scenario list', () => {
  const saveSix = async () => {
    for (let i = 0; i < 6; i++) await save('member.pl', scenarioInput({ countryCode: 'PL', currency: 'PLN', templateKey: null }));
  };
  const ownedByMemberPl = async () => {
    const [row] = await sql<{ n: string }>(
      app,
      `select count(*) as n from cost_scenario s join app_user u on u.id = s.owner_id where u.email like 'member.pl@%'`,
    );
    return Number(row!.n);
  };

  it('costs one statement at any page size', async () => {
    await saveSix();
    const cookie = await app.cookieOf('member.pl');
    const list = (first: number) =>
      app.countStatements(() =>
        app.gql(
          `query ($first: Int!) { costScenarios(first: $first, filter: { mine: true }) { totalCount edges { node { id totals { totalMinor } lines { category } } } } }`,
          { first },
          { as: cookie },
        ),
      );
    const small = (await list(2)).filter((sql) => sql.includes('cost_scenario'));
    const large = (await list(50)).filter((sql) => sql.includes('cost_scenario'));
    expect(small).toHaveLength(1);
    expect(large).toHaveLength(1);
  });

  it('pages by cursor with the total on every page', async () => {
    await saveSix();
    const cookie = await app.cookieOf('member.pl');
    const page = (after: string | null) =>
      app.gql(
        `query ($after: String) { costScenarios(first: 4, after: $after, filter: { mine: true }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
        { as: cookie },
      );
    const first = (await page(null)).data!.costScenarios;
    const second = (await page(first.pageInfo.endCursor)).data!.costScenarios;
    const owned = await ownedByMemberPl();
    expect(first.totalCount).toBe(owned);
    expect(second.totalCount).toBe(owned);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(Math.min(owned, 8));
  });
});

describe('comparing scenarios', () => {
  it('refuses a year without a rate, naming it, then converts once an admin enters it', async () => {
    const eur = scenarioInput({ shared: true });
    const sek = scenarioInput({
      countryCode: 'SE',
      currency: 'SEK',
      templateKey: null,
      shared: true,
      lines: [{ category: 'SHELTER', payer: 'MUNICIPALITY', unitCostMinor: 115_000, quantity: 1, period: 'DAY', periods: 10, startDay: 0 }],
    });
    await save('member.lv', eur);
    await save('member.lv', sek);
    const compare = `query ($ids: [ID!]!) { costComparison(ids: $ids, currency: EUR, priceYear: 2026) { entries { scenario { id } totals { totalMinor byCategory { category totalMinor } } } } }`;
    const cookie = await app.cookieOf('member.pl');
    const refused = await app.gql(compare, { ids: [eur.id, sek.id] }, { as: cookie });
    expect(refused.errors?.[0]?.message).toContain('No price index for SE in 2026.');
    const admin = await app.cookieOf('admin');
    const rate = await app.gql(
      `mutation { setExchangeRate(input: { year: 2026, currency: SEK, perEuro: "11.5", source: "Test figure" }) { exchange { currency perEuro } } }`,
      {},
      { as: admin },
    );
    expect(rate.data!.setExchangeRate.exchange).toContainEqual({ currency: 'SEK', perEuro: '11.5' });
    await app.gql(
      `mutation { setPriceIndex(input: { year: 2026, countryCode: "SE", index: "100", source: "Test figure" }) { prices { countryCode } } }`,
      {},
      { as: admin },
    );
    const compared = (await app.gql(compare, { ids: [eur.id, sek.id] }, { as: cookie })).data!.costComparison;
    expect(compared.entries.map((entry: { scenario: { id: string } }) => entry.scenario.id)).toEqual([eur.id, sek.id]);
    // 10 nights at 1,150.00 SEK = 11,500.00 SEK = 1,000.00 EUR
    expect(compared.entries[1].totals.totalMinor).toBe(100_000);
  });

  it('keeps the rates table to admins with two-factor, and audit-logs a change', async () => {
    const member = await app.gql(
      `mutation { setExchangeRate(input: { year: 2025, currency: DKK, perEuro: "7.46", source: "Test figure" }) { exchange { year } } }`,
      {},
      { as: await app.cookieOf('member.lv') },
    );
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(
      `mutation { setExchangeRate(input: { year: 2025, currency: DKK, perEuro: "-7", source: "Test figure" }) { exchange { year } } }`,
      {},
      { as: await app.cookieOf('admin') },
    );
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.perEuro', message: 'Give the rate as a positive decimal with up to six places, e.g. 7.4509' },
    ]);
    const [audit] = await sql<{ n: string }>(app, `select count(*) as n from audit_event where action = 'COST_RATE_CHANGED'`);
    const before = Number(audit!.n);
    await app.gql(
      `mutation { setExchangeRate(input: { year: 2025, currency: DKK, perEuro: "7.46", source: "Test figure" }) { exchange { year } } }`,
      {},
      { as: await app.cookieOf('admin') },
    );
    const [after] = await sql<{ n: string }>(app, `select count(*) as n from audit_event where action = 'COST_RATE_CHANGED'`);
    expect(Number(after!.n)).toBe(before + 1);
  });
});

describe('templates and published figures', () => {
  it('seeds the rates table with published figures, each naming its source', async () => {
    const result = await app.gql(
      `{ costRates { exchange { year currency perEuro source } } }`,
      {},
      { as: await app.cookieOf('member.lv') },
    );
    const nok = (result.data!.costRates.exchange as { year: number; currency: string; perEuro: string; source: string }[]).filter(
      (rate) => rate.currency === 'NOK' && rate.year <= 2019,
    );
    expect(nok.map((rate) => [rate.year, rate.perEuro])).toEqual([
      [2019, '9.85'],
      [2018, '9.6'],
      [2017, '9.33'],
    ]);
    expect(nok.filter((rate) => !rate.source.includes('https://www.landbruksdirektoratet.no/'))).toEqual([]);
  });

  it('offers the national baskets with every price marked illustrative', async () => {
    const result = await app.gql(`{ costTemplates { key lines { illustrative } } }`, {}, { as: await app.cookieOf('member.lv') });
    const templates = result.data!.costTemplates as { key: string; lines: { illustrative: boolean }[] }[];
    expect(templates.map((template) => template.key)).toEqual(['LV_REHABILITATION_180', 'EE_ASSISTANCE_60', 'LT_REFLECTION_30']);
    const flags = templates.flatMap((template) => template.lines.map((line) => line.illustrative));
    expect(flags.length).toBeGreaterThan(10);
    expect(flags.filter((flag) => !flag)).toEqual([]);
  });

  it('gives every published figure at least one resolvable source', async () => {
    const result = await app.gql(
      `{ publishedCostFigures { amount currency sources { id address } } }`,
      {},
      { as: await app.cookieOf('member.lv') },
    );
    const figures = result.data!.publishedCostFigures as { sources: { address: string }[] }[];
    expect(figures).toHaveLength(23);
    expect(figures.filter((figure) => figure.sources.length === 0)).toEqual([]);
  });
});
