import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBaselineAnswers } from '../../db/seed/demo/baseline.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { municipalityId } from './baseline.test-support.js';

let app: TestApp;
let coordinator: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  coordinator = await app.cookieOf('coordinator.lv');
});
afterAll(() => app?.close());

const COMPARE = `query ($m: ID!, $from: Int!, $to: Int!) { baselineComparison(municipalityId: $m, from: $from, to: $to) {
  municipalityName years { year status } from { year status } to { year status }
  rows { question changed from { parts { part choice number } } to { parts { part choice number } } } } }`;
const REPORT = `query ($c: String!, $y: Int!) { baselineCountryReport(countryCode: $c, year: $y) {
  countryName counted municipalities { name status } questions { question answered parts { part answered counts { option count } total min max } } } }`;
const COMPARISON = `query ($y: Int!, $c: String) { baselineRegionComparison(year: $y, countryCode: $c) {
  countryCode counted question part kind answered counts { option count } } }`;
const REGION = `query ($q: String!, $y: Int!) { baselineRegion(question: $q, year: $y) { countryCode counted summary { parts { part counts { option count } } } } }`;

/** Liepāja's seeded answer to BQ05's first part. */
const seeded = (year: number) => demoBaselineAnswers('LV', 'Liepāja', year).BQ05!.procedure;

/** How many of the seeded assessments answered a choice part with an option. */
const seededCount = (places: string[], year: number, question: string, part: string, option: string) =>
  places.filter((name) => demoBaselineAnswers('LV', name, year)[question]?.[part] === option).length;

/** Assessments of every Latvian municipality for one year, straight into the table: a large report. */
async function fillLatvia(year: number, status: string): Promise<number> {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `insert into baseline_assessment (id, municipality_id, country_code, year, status, answers, created_at, updated_at)
       select gen_random_uuid(), id, 'LV', ?, ?, ?::jsonb, now(), now() from municipality where country_code = 'LV' returning id`,
      [year, status, JSON.stringify({ BQ05: { procedure: 'YES', staffKnowContact: 'NO' }, BQ02: { cases12Months: 4 } })],
    );
  return rows.length;
}

describe('comparison over time', () => {
  it('compares a municipality’s submitted answers of two years question by question', async () => {
    const result = await app.gql(COMPARE, { m: await municipalityId(app, 'Liepāja'), from: 2024, to: 2026 }, { as: coordinator });
    const comparison = result.data!.baselineComparison;
    expect(comparison.years).toEqual([
      { year: 2026, status: 'ACCEPTED' },
      { year: 2024, status: 'ACCEPTED' },
    ]);
    expect(comparison.rows).toHaveLength(20);
    const bq05 = comparison.rows.find((r: any) => r.question === 'BQ05');
    expect(bq05.from.parts[0]).toEqual({ part: 'procedure', choice: seeded(2024), number: null });
    expect(bq05.to.parts[0]).toEqual({ part: 'procedure', choice: seeded(2026), number: null });
    expect(comparison.rows.filter((r: any) => r.changed).length).toBeGreaterThan(0);
  });

  it('leaves out a year that is still a draft', async () => {
    const result = await app.gql(COMPARE, { m: await municipalityId(app, 'Riga'), from: 2024, to: 2026 }, { as: coordinator });
    const comparison = result.data!.baselineComparison;
    expect(comparison.years[0]).toEqual({ year: 2026, status: 'DRAFT' });
    expect(comparison.to).toBeNull();
    expect(comparison.rows.find((r: any) => r.question === 'BQ05').to).toBeNull();
  });

  it('costs the same statements for two years as for eight', async () => {
    const tartu = await municipalityId(app, 'Tartu');
    const admin = await app.cookieOf('admin');
    const compare = () => app.countStatements(() => app.gql(COMPARE, { m: tartu, from: 2024, to: 2026 }, { as: admin }));
    const small = await compare();
    await app.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into baseline_assessment (id, municipality_id, country_code, year, status, answers, created_at, updated_at)
         select gen_random_uuid(), ?, 'EE', y, 'ACCEPTED', '{}'::jsonb, now(), now() from generate_series(2016, 2021) y`,
        [tartu],
      );
    const large = await compare();
    expect(large).toHaveLength(small.length);
    expect(large.filter((sql) => sql.includes('baseline_assessment'))).toHaveLength(1);
  });
});

describe('country report and region', () => {
  it('counts submitted and accepted answers per option, leaving drafts out', async () => {
    const report = (await app.gql(REPORT, { c: 'LV', y: 2026 }, { as: coordinator })).data!.baselineCountryReport;
    expect(report.municipalities).toEqual([
      { name: 'Jelgava', status: 'SUBMITTED' },
      { name: 'Liepāja', status: 'ACCEPTED' },
      { name: 'Riga', status: 'DRAFT' },
    ]);
    expect(report.counted).toBe(2);
    const procedure = report.questions.find((q: any) => q.question === 'BQ05').parts[0];
    const counted = ['Jelgava', 'Liepāja'];
    expect(procedure.answered).toBe(2);
    expect(procedure.counts).toEqual(
      ['YES', 'PARTLY', 'NO'].map((option) => ({ option, count: seededCount(counted, 2026, 'BQ05', 'procedure', option) })),
    );
  });

  it('is refused to members who are neither the country’s coordinators, TF-THB members nor admins', async () => {
    expect((await app.gql(REPORT, { c: 'LV', y: 2026 }, { as: await app.cookieOf('member.pl') })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(REPORT, { c: 'LV', y: 2026 }, { as: await app.cookieOf('member.lv') })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(REPORT, { c: 'LV', y: 2026 })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('costs the same statements for three municipalities as for every Latvian one', async () => {
    const report = (year: number) => app.countStatements(() => app.gql(REPORT, { c: 'LV', y: year }, { as: coordinator }));
    const small = await report(2024);
    const filled = await fillLatvia(2016, 'SUBMITTED');
    expect(filled).toBeGreaterThan(3);
    const large = await report(2016);
    expect(large).toHaveLength(small.length);
    expect(large.filter((sql) => sql.includes('baseline_assessment'))).toHaveLength(1);
    const result = (await app.gql(REPORT, { c: 'LV', y: 2016 }, { as: coordinator })).data!.baselineCountryReport;
    expect(result.counted).toBe(filled);
    const cases = result.questions.find((q: any) => q.question === 'BQ02').parts[0];
    expect(cases).toMatchObject({ answered: filled, total: 4 * filled, min: 4, max: 4 });
  });

  it('compares one question across the region per country, at a constant statement count', async () => {
    const region = (year: number) => app.countStatements(() => app.gql(REGION, { q: 'BQ05', y: year }, { as: coordinator }));
    const result = (await app.gql(REGION, { q: 'BQ05', y: 2026 }, { as: coordinator })).data!.baselineRegion;
    expect(result.map((c: any) => [c.countryCode, c.counted])).toEqual([
      ['EE', 2],
      ['LV', 2],
      ['LT', 2],
    ]);
    const small = await region(2026);
    await fillLatvia(2017, 'ACCEPTED');
    const large = await region(2017);
    expect(large).toHaveLength(small.length);
    const latvia = (await app.gql(REGION, { q: 'BQ05', y: 2017 }, { as: coordinator })).data!.baselineRegion.find(
      (c: any) => c.countryCode === 'LV',
    );
    expect(latvia.summary.parts[0].counts[0]).toEqual({ option: 'YES', count: latvia.counted });
    const refused = await app.gql(REGION, { q: 'BQ05', y: 2026 }, { as: await app.cookieOf('member.pl') });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('every question across the region', () => {
  interface Row {
    countryCode: string;
    counted: number;
    question: string;
    part: string;
    kind: string;
    answered: number;
    counts: { option: string; count: number }[];
  }
  const compare = async (year: number, country: string | null, as = coordinator) =>
    app.gql<{ baselineRegionComparison: Row[] }>(COMPARISON, { y: year, c: country }, { as });
  const rowOf = (rows: Row[], country: string, question: string, part: string) =>
    rows.find((r) => r.countryCode === country && r.question === question && r.part === part);

  it('counts each part with options per country over submitted and accepted answers, and narrows to one country', async () => {
    const rows = (await compare(2026, null)).data!.baselineRegionComparison;
    const countries = [...new Map(rows.map((r) => [r.countryCode, r.counted])).entries()];
    expect(countries).toEqual([
      ['EE', 2],
      ['LV', 2],
      ['LT', 2],
    ]);
    // Rīga's 2026 draft is not counted: Jelgava (submitted) and Liepāja (accepted) are.
    expect(rowOf(rows, 'LV', 'BQ07', 'guidance')).toEqual({
      countryCode: 'LV',
      counted: 2,
      question: 'BQ07',
      part: 'guidance',
      kind: 'CHOICE',
      answered: 2,
      counts: ['YES', 'NO'].map((option) => ({ option, count: seededCount(['Jelgava', 'Liepāja'], 2026, 'BQ07', 'guidance', option) })),
    });
    // Numbers and free text are not compared here: only parts with options.
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['CHOICE', 'MULTI']));
    expect(rowOf(rows, 'LV', 'BQ09', 'trends')).toBeUndefined();
    const latvia = rows.filter((r) => r.countryCode === 'LV');
    expect((await compare(2026, 'lv')).data!.baselineRegionComparison).toEqual(latvia);
  });

  it('costs the same statements for six assessments as for every Latvian municipality', async () => {
    const statements = (year: number) => app.countStatements(() => compare(year, null));
    const small = await statements(2026);
    const filled = await fillLatvia(2019, 'SUBMITTED');
    const large = await statements(2019);
    expect(large).toHaveLength(small.length);
    expect(large.filter((sql) => sql.includes('baseline_assessment'))).toHaveLength(1);
    const rows = (await compare(2019, 'LV')).data!.baselineRegionComparison;
    expect(rowOf(rows, 'LV', 'BQ05', 'procedure')).toMatchObject({
      counted: filled,
      answered: filled,
      counts: [
        { option: 'YES', count: filled },
        { option: 'PARTLY', count: 0 },
        { option: 'NO', count: 0 },
      ],
    });
    // The filled assessments answer BQ05 only: another part is counted over them, answered by none.
    expect(rowOf(rows, 'LV', 'BQ07', 'guidance')).toMatchObject({ counted: filled, answered: 0 });
  });

  it('refuses a bad country code and readers who are neither coordinators, TF-THB members nor admins', async () => {
    expect((await compare(2026, 'Latvia')).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await compare(2026, null, await app.cookieOf('member.pl'))).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await app.gql(COMPARISON, { y: 2026, c: null })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSV export', () => {
  it('downloads a country’s submitted and accepted answers for its report’s readers, and logs it', async () => {
    const response = await fetch(`${app.url}/export/baseline/LV/2026.csv`, { headers: { cookie: coordinator } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text).toContain('"LV","Liepāja","2026","ACCEPTED","BQ05","procedure"');
    expect(text).toContain('"Jelgava"');
    expect(text).not.toContain('"Riga"');
    const [audit] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from audit_event where action = 'BASELINE_EXPORTED'`);
    expect(audit!.n).toBe(1);
  });

  it('answers 404 to a member who may not read the report and to anonymous visitors', async () => {
    const other = await fetch(`${app.url}/export/baseline/LV/2026.csv`, { headers: { cookie: await app.cookieOf('member.pl') } });
    expect(other.status).toBe(404);
    expect((await fetch(`${app.url}/export/baseline/LV/2026.csv`)).status).toBe(404);
  });
});
