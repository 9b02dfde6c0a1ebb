import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalityId } from '../../db/seed/reference-data.js';
import { stableId } from '../../db/seed/stable-id.js';
import { startTestApp, type DemoAccountName, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const LIEPAJA = municipalityId('LV', 'Liepāja');
const SET = `mutation ($input: SetGuidelineStatusInput!) { setGuidelineStatus(input: $input) {
  counts { inPlace notApplicable } items { actionPoint { key } status version evidenceText evidenceLink evidenceStepId reviewedAt dueForReview }
  history(actionPointKey: "AP02") { version previousStatus status evidenceText authorName } } }`;

interface Item {
  actionPoint: { key: string };
  status: string;
  version: number;
  evidenceText: string | null;
  evidenceLink: string | null;
  evidenceStepId: string | null;
  reviewedAt: string | null;
  dueForReview: boolean;
}

async function item(key: string): Promise<Item> {
  const result = await app.gql<{ guidelineProgress: { items: Item[] } }>(
    `query ($m: ID!) { guidelineProgress(municipalityId: $m) { items { actionPoint { key } status version evidenceText evidenceLink evidenceStepId reviewedAt dueForReview } } }`,
    { m: LIEPAJA },
    { as: await app.cookieOf('coordinator.lv') },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.guidelineProgress.items.find((i) => i.actionPoint.key === key)!;
}

const changeCount = async () => Number((await sql<{ n: string }>(app, `select count(*) as n from guideline_status_change`))[0]!.n);

async function set(who: DemoAccountName, input: Record<string, unknown>) {
  return app.gql(SET, { input: { clientId: randomUUID(), municipalityId: LIEPAJA, ...input } }, { as: await app.cookieOf(who) });
}

describe('the guidelines tracker', () => {
  it('records a status with evidence as reviewed now, keeps the history, and refuses a stale version', async () => {
    const before = await item('AP02');
    const result = await set('coordinator.lv', {
      actionPointKey: 'AP02',
      expectedVersion: before.version,
      status: 'IN_PLACE',
      evidenceText: 'Signed cooperation agreement',
      evidenceLink: 'https://example.org/agreement',
    });
    expect(result.errors).toBeUndefined();
    const progress = result.data!.setGuidelineStatus;
    const saved = progress.items.find((i: Item) => i.actionPoint.key === 'AP02');
    expect(saved).toMatchObject({
      status: 'IN_PLACE',
      version: before.version + 1,
      evidenceText: 'Signed cooperation agreement',
      dueForReview: false,
    });
    expect(Date.now() - Date.parse(saved.reviewedAt)).toBeLessThan(60_000);
    expect(progress.history[0]).toMatchObject({ version: before.version + 1, previousStatus: before.status, status: 'IN_PLACE' });
    expect(progress.history).toHaveLength(before.version + 1);
    const stale = await set('coordinator.lv', { actionPointKey: 'AP02', expectedVersion: before.version, status: 'PLANNED' });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: before.version + 1 });
    expect((await item('AP02')).status).toBe('IN_PLACE');
  });

  it('is saved once when the client retries with the same id', async () => {
    const before = await item('AP03');
    const input = {
      clientId: randomUUID(),
      municipalityId: LIEPAJA,
      actionPointKey: 'AP03',
      expectedVersion: before.version,
      status: 'PLANNED',
    };
    const as = await app.cookieOf('member.lv');
    for (let i = 0; i < 2; i++) expect((await app.gql(SET, { input }, { as })).errors).toBeUndefined();
    const [row] = await sql<{ n: string }>(app, `select count(*) as n from guideline_status_change where id = ?`, [input.clientId]);
    expect(Number(row!.n)).toBe(1);
    expect((await item('AP03')).version).toBe(before.version + 1);
  });

  it('takes a step of the municipality’s pathway as evidence, and refuses one of another pathway', async () => {
    const before = await item('AP04');
    const step = stableId('pathway-step:LV:Liepāja:police');
    const other = stableId('pathway-step:LT:Klaipėda:police');
    const refused = await set('member.lv', {
      actionPointKey: 'AP04',
      expectedVersion: before.version,
      status: 'IN_PLACE',
      evidenceStepId: other,
    });
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.evidenceStepId', message: expect.any(String) }]);
    const saved = await set('member.lv', {
      actionPointKey: 'AP04',
      expectedVersion: before.version,
      status: 'IN_PLACE',
      evidenceStepId: step,
    });
    expect(saved.errors).toBeUndefined();
    expect((await item('AP04')).evidenceStepId).toBe(step);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await item('AP05');
    const changes = await changeCount();
    const noReason = await set('coordinator.lv', {
      actionPointKey: 'AP05',
      expectedVersion: before.version,
      status: 'NOT_APPLICABLE',
      reason: ' ',
    });
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.reason', message: 'Say why this action point does not apply' },
    ]);
    const badLink = await set('coordinator.lv', {
      actionPointKey: 'AP05',
      expectedVersion: before.version,
      status: 'PLANNED',
      evidenceLink: 'javascript:alert(1)',
    });
    expect(badLink.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const victimData = await set('coordinator.lv', {
      actionPointKey: 'AP05',
      expectedVersion: before.version,
      status: 'PLANNED',
      evidenceText: 'Call the victim on +371 2612 3456',
    });
    expect(victimData.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await set('coordinator.lv', { actionPointKey: 'ZZ99', expectedVersion: 0, status: 'PLANNED' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await changeCount()).toBe(changes);
    expect(await item('AP05')).toEqual(before);
  });

  it('lets a member of another country neither read nor edit a tracker', async () => {
    const read = await app.gql(
      `query ($m: ID!) { guidelineProgress(municipalityId: $m) { id } }`,
      { m: LIEPAJA },
      { as: await app.cookieOf('member.pl') },
    );
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await set('member.pl', { actionPointKey: 'AP06', expectedVersion: 0, status: 'PLANNED' });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reminds the contact point of action points not reviewed for 12 months', async () => {
    await sql(
      app,
      `update guideline_status set reviewed_at = now() - interval '13 months' where municipality_id = ? and action_point_key = 'AP07'`,
      [LIEPAJA],
    );
    await sql(
      app,
      `update guideline_status set reviewed_at = now() - interval '11 months' where municipality_id = ? and action_point_key = 'AP08'`,
      [LIEPAJA],
    );
    const reminders = async (who: DemoAccountName) =>
      (
        await app.gql<{ guidelineReminders: { municipality: { id: string }; actionPoint: { key: string } }[] }>(
          `{ guidelineReminders { municipality { id } actionPoint { key } } }`,
          {},
          { as: await app.cookieOf(who) },
        )
      ).data!.guidelineReminders;
    const mine = await reminders('member.lv');
    expect(mine.map((r) => r.actionPoint.key)).toContain('AP07');
    expect(mine.map((r) => r.actionPoint.key)).not.toContain('AP08');
    expect(new Set(mine.map((r) => r.municipality.id))).toEqual(new Set([LIEPAJA]));
    expect(await reminders('coordinator.lt')).toEqual([]);
  });

  it('lets an admin reword an action point and its translations, once per version', async () => {
    const as = await app.cookieOf('admin');
    const update = (expectedVersion: number) =>
      app.gql(
        `mutation ($input: UpdateGuidelineActionPointInput!) { updateGuidelineActionPoint(input: $input) { key label version translations { language label } } }`,
        {
          input: {
            key: 'AP23',
            expectedVersion,
            label: 'Evaluate the local work every year.',
            translations: [{ language: 'lv', label: 'Katru gadu izvērtēt vietējo darbu.' }],
          },
        },
        { as },
      );
    const saved = await update(1);
    expect(saved.data?.updateGuidelineActionPoint).toEqual({
      key: 'AP23',
      label: 'Evaluate the local work every year.',
      version: 2,
      translations: [{ language: 'lv', label: 'Katru gadu izvērtēt vietējo darbu.' }],
    });
    expect((await update(1)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets an admin add an action point once per client id, retire it from the trackers and bring it back', async () => {
    const as = await app.cookieOf('admin');
    const clientId = randomUUID();
    const create = (input: Record<string, unknown>) =>
      app.gql<{ createGuidelineActionPoint: { key: string; theme: string; position: number; version: number; retiredAt: string | null } }>(
        `mutation ($input: CreateGuidelineActionPointInput!) { createGuidelineActionPoint(input: $input) { key theme position version retiredAt } }`,
        {
          input: {
            clientId,
            theme: 'monitoring',
            chapter: 'cross-cutting',
            label: 'Review the referral mechanism with survivors.',
            ...input,
          },
        },
        { as },
      );
    const retire = (key: string, expectedVersion: number, retired: boolean) =>
      app.gql<{ retireGuidelineActionPoint: { version: number; retiredAt: string | null } }>(
        `mutation ($input: RetireGuidelineActionPointInput!) { retireGuidelineActionPoint(input: $input) { version retiredAt } }`,
        { input: { key, expectedVersion, retired } },
        { as },
      );
    const tracked = async () =>
      (
        await app.gql<{ guidelineActionPoints: { key: string }[] }>(`{ guidelineActionPoints { key } }`, {}, { as })
      ).data!.guidelineActionPoints.map((p) => p.key);
    const before = await tracked();
    const created = (await create({ translations: [{ language: 'pl', label: 'Przegląd mechanizmu z osobami, które przeżyły.' }] })).data!
      .createGuidelineActionPoint;
    expect(created).toMatchObject({ theme: 'monitoring', version: 1, retiredAt: null });
    expect(created.key).toMatch(/^AP\d{2}$/);
    expect(before).not.toContain(created.key);
    expect((await create({ label: 'A retry says the same' })).data!.createGuidelineActionPoint.key).toBe(created.key);
    expect(await tracked()).toEqual([...before, created.key]);
    expect((await item(created.key)).status).toBe('NOT_STARTED');

    const retired = (await retire(created.key, 1, true)).data!.retireGuidelineActionPoint;
    expect(retired.version).toBe(2);
    expect(retired.retiredAt).not.toBeNull();
    expect(await tracked()).toEqual(before);
    expect(await item(created.key)).toBeUndefined();
    const refused = await set('coordinator.lv', { actionPointKey: created.key, expectedVersion: 0, status: 'PLANNED' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await retire(created.key, 2, true)).data!.retireGuidelineActionPoint.version).toBe(2);
    expect((await retire(created.key, 1, false)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const back = (await retire(created.key, 2, false)).data!.retireGuidelineActionPoint;
    expect(back).toEqual({ version: 3, retiredAt: null });
    expect(await tracked()).toEqual([...before, created.key]);
    // Left retired, so the other tests see the guidelines' own action points only.
    expect((await retire(created.key, 3, true)).errors).toBeUndefined();
  });

  it('refuses a blank theme and a language given twice, adding nothing', async () => {
    const as = await app.cookieOf('admin');
    const create = (input: Record<string, unknown>) =>
      app.gql(
        `mutation ($input: CreateGuidelineActionPointInput!) { createGuidelineActionPoint(input: $input) { key } }`,
        { input: { clientId: randomUUID(), theme: 'monitoring', chapter: 'CH3', label: 'Twice', ...input } },
        { as },
      );
    const count = async () => Number((await sql<{ n: string }>(app, `select count(*) as n from guideline_action_point`))[0]!.n);
    const before = await count();
    expect((await create({ theme: '   ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await create({
      translations: [
        { language: 'de', label: 'Zweimal' },
        { language: 'de', label: 'Doppelt' },
      ],
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});

async function mapOf(who: DemoAccountName): Promise<string[]> {
  const result = await app.gql<{ guidelineImplementationMap: { municipality: { name: string } }[] }>(
    `{ guidelineImplementationMap { municipality { name } } }`,
    {},
    { as: await app.cookieOf(who) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.guidelineImplementationMap.map((row) => row.municipality.name);
}

describe('the dashboards', () => {
  it('show a country’s heat map in the same statements for a country with few and one with many municipalities', async () => {
    const as = await app.cookieOf('admin');
    const heat = async (countryCode: string) => {
      let rows = 0;
      const statements = await app.countStatements(async () => {
        const result = await app.gql<{
          guidelineCountryProgress: { actionPoints: unknown[]; rows: { statuses: string[]; counts: { total: number } }[] };
        }>(
          `query ($c: String!) { guidelineCountryProgress(countryCode: $c) { actionPoints { key } rows { municipality { name } statuses counts { total percent level } } } }`,
          { c: countryCode },
          { as },
        );
        expect(result.errors).toBeUndefined();
        const progress = result.data!.guidelineCountryProgress;
        expect(progress.rows[0]!.statuses).toHaveLength(progress.actionPoints.length);
        rows = progress.rows.length;
      });
      return { rows, statements: statements.filter((s) => s.includes('guideline')).length };
    };
    const few = await heat('EE');
    const many = await heat('PL');
    expect(many.rows).toBeGreaterThan(few.rows);
    expect(few.rows).toBeGreaterThan(0);
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(2);
  });

  it('compare the countries and colour the map in one statement each, with as many rows as tracked places', async () => {
    const as = await app.cookieOf('admin');
    let countries = 0;
    const region = await app.countStatements(async () => {
      const result = await app.gql<{ guidelineRegionProgress: { municipalities: number }[] }>(
        `{ guidelineRegionProgress { countryCode municipalities counts { percent } } }`,
        {},
        { as },
      );
      countries = result.data!.guidelineRegionProgress.length;
    });
    expect(countries).toBeGreaterThan(3);
    expect(region.filter((s) => s.includes('guideline'))).toHaveLength(1);
    let places = 0;
    const map = await app.countStatements(async () => {
      const result = await app.gql<{ guidelineImplementationMap: unknown[] }>(
        `{ guidelineImplementationMap { municipality { id } counts { level } } }`,
        {},
        { as },
      );
      places = result.data!.guidelineImplementationMap.length;
    });
    const [tracked] = await sql<{ n: string }>(app, `select count(distinct municipality_id) as n from guideline_status`);
    expect(places).toBe(Number(tracked!.n));
    expect(map.filter((s) => s.includes('guideline'))).toHaveLength(1);
  });

  it('compare the countries and colour the map in the same statements over few and over many statuses', async () => {
    const as = await app.cookieOf('admin');
    const measure = async () => ({
      region: await app.countStatements(() => app.gql(`{ guidelineRegionProgress { countryCode counts { percent } } }`, {}, { as })),
      map: await app.countStatements(() => app.gql(`{ guidelineImplementationMap { municipality { id } counts { level } } }`, {}, { as })),
    });
    const places = async () =>
      (await app.gql<{ guidelineImplementationMap: unknown[] }>(`{ guidelineImplementationMap { counts { level } } }`, {}, { as })).data!
        .guidelineImplementationMap.length;
    const few = await measure();
    const before = await places();
    // 200 more municipalities, each with a status on every action point: over three times as many tracked places.
    await sql(
      app,
      `insert into municipality (id, name, country_code, latitude, longitude)
       select gen_random_uuid(), 'Gmina testowa ' || n, 'PL', 52, 19 from generate_series(1, 200) n`,
    );
    await sql(
      app,
      `insert into guideline_status (id, action_point_key, municipality_id, status, reviewed_at)
       select gen_random_uuid(), a.key, m.id, 'IN_PLACE', now() from municipality m cross join guideline_action_point a
        where m.name like 'Gmina testowa %'`,
    );
    expect(await places()).toBe(before + 200);
    const many = await measure();
    expect(many.region).toHaveLength(few.region.length);
    expect(many.map).toHaveLength(few.map.length);
    expect(many.region.filter((s) => s.includes('guideline'))).toHaveLength(1);
    expect(many.map.filter((s) => s.includes('guideline'))).toHaveLength(1);
  });

  it('colour the map for a contact point with their own municipality only, and for other members with nothing', async () => {
    expect(await mapOf('member.pl')).toEqual(['Gdańsk']);
    expect(await mapOf('moderator')).toEqual([]);
  });

  it('read one municipality’s tracker in the same statements whatever its history', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const read = (m: string) =>
      app.countStatements(() =>
        app.gql(
          `query ($m: ID!) { guidelineProgress(municipalityId: $m) { counts { percent } items { status responsibleOrganisation { name } } recentChanges(first: 50) { status } } }`,
          { m },
          { as },
        ),
      );
    const liepaja = await read(LIEPAJA);
    const jelgava = await read(municipalityId('LV', 'Jelgava'));
    expect(liepaja.length).toBe(jelgava.length);
    expect(liepaja.length).toBeLessThanOrEqual(5);
  });
});
