import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { pdfText } from './pdf-text.test-support.js';

let app: TestApp;
let liepaja: string;
let klaipeda: string;
let jelgava: string;

const PATHWAY = `query ($m: ID, $c: String) { referralPathway(municipalityId: $m, countryCode: $c) {
  id latestVersion isPublic viewerCan { edit publish readDraft nameEditors }
  published { number steps { id position stage action organisation { id name phone } contact { fullName email phone } crossBorder }
              gaps { kind stage targetGroup stepId } }
  draft { number reason }
  versions { number reason authorName publishedAt } } }`;
const SAVE = `mutation ($input: SavePathwayDraftInput!) { savePathwayDraft(input: $input) { id latestVersion draft { number reason steps { id position } gaps { kind stage } } } }`;
const PUBLISH = `mutation ($input: PublishPathwayInput!) { publishPathway(input: $input) { latestVersion published { number } } }`;

async function municipality(name: string): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from municipality where name = ?`, [name]);
  return row!.id;
}

async function organisationOf(municipalityName: string, type: string, countryCode?: string): Promise<string> {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string }[]>(
      `select o.id from organisation o left join municipality m on m.id = o.municipality_id
        where (m.name = ? or (? is null and o.country_code = ?)) and o.type = ? and o.status = 'ACTIVE' order by o.name limit 1`,
      [municipalityName, countryCode ?? municipalityName, countryCode ?? null, type],
    );
  return row!.id;
}

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  liepaja = await municipality('Liepāja');
  klaipeda = await municipality('Klaipėda');
  jelgava = await municipality('Jelgava');
});
afterAll(() => app?.close());

const step = (position: number, fields: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  position,
  stage: 'IDENTIFICATION',
  action: `Step ${position}`,
  targetGroups: ['ADULT_WOMEN'],
  ...fields,
});

describe('reading pathways', () => {
  it('shows members the published demo version with its history, and anonymous visitors nothing of a members-only one', async () => {
    const member = await app.gql(PATHWAY, { m: liepaja }, { as: await app.cookieOf('member.pl') });
    const pathway = member.data!.referralPathway;
    expect(pathway.published.number).toBe(2);
    expect(pathway.draft).toBeNull();
    expect(pathway.viewerCan).toEqual({ edit: false, publish: false, readDraft: false, nameEditors: false });
    expect(pathway.versions.map((v: any) => v.number)).toEqual([2, 1]);
    expect(pathway.published.steps.find((s: any) => s.contact)?.contact.fullName).toMatch(/\w/);
    const anonymous = await app.gql(PATHWAY, { m: liepaja });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data!.referralPathway).toBeNull();
  });

  it('shows a public pathway to anonymous visitors without any personal contact', async () => {
    const result = await app.gql(PATHWAY, { m: klaipeda });
    const steps = result.data!.referralPathway.published.steps;
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.filter((s: any) => s.contact !== null)).toEqual([]);
    const member = await app.gql(PATHWAY, { m: klaipeda }, { as: await app.cookieOf('member.lv') });
    expect(member.data!.referralPathway.published.steps.filter((s: any) => s.contact !== null)).toHaveLength(1);
  });

  it('computes the gaps: stages nobody acts at and target groups no step serves', async () => {
    const result = await app.gql(PATHWAY, { m: liepaja }, { as: await app.cookieOf('member.lv') });
    const gaps = result.data!.referralPathway.published.gaps;
    const stages = gaps.filter((g: any) => g.kind === 'STAGE_WITHOUT_ACTOR').map((g: any) => g.stage);
    expect(stages.toSorted()).toEqual(['RETURN_AND_REINTEGRATION', 'SOCIAL_INCLUSION']);
    const groups = gaps.filter((g: any) => g.kind === 'TARGET_GROUP_UNSERVED').map((g: any) => g.targetGroup);
    expect(groups.toSorted()).toEqual(['ASYLUM_SEEKERS', 'LGBTIQ', 'PERSONS_WITH_DISABILITIES']);
  });

  it('compares two versions step by step', async () => {
    const result = await app.gql(
      `query ($m: ID) { referralPathway(municipalityId: $m) { diff(from: 1, to: 2) { change position stage fields { field before after } } } }`,
      { m: liepaja },
      { as: await app.cookieOf('member.lv') },
    );
    const diff = result.data!.referralPathway.diff;
    expect(diff.map((d: any) => d.change)).toEqual(['CHANGED', 'ADDED', 'ADDED', 'CHANGED']);
    const shelter = diff[0];
    expect(shelter.fields.map((f: any) => f.field)).toEqual(['handOver', 'targetGroups']);
    expect(shelter.fields[1]).toEqual({ field: 'targetGroups', before: 'ADULT_WOMEN', after: 'ADULT_MEN, ADULT_WOMEN' });
  });

  it('lists published pathways in one statement, the same at two page sizes', async () => {
    const as = await app.cookieOf('member.lv');
    const query = `query ($first: Int) { referralPathways(first: $first) { totalCount edges { node { id stepCount municipality { name country { code } } } } } }`;
    let small: any;
    let large: any;
    const few = await app.countStatements(async () => (small = await app.gql(query, { first: 2 }, { as })));
    const many = await app.countStatements(async () => (large = await app.gql(query, { first: 30 }, { as })));
    expect(small.data.referralPathways.edges).toHaveLength(2);
    expect(large.data.referralPathways.edges.length).toBeGreaterThan(10);
    expect(many.length).toBe(few.length);
    const anonymous = await app.gql(query, { first: 30 });
    expect(anonymous.data!.referralPathways.edges.map((e: any) => e.node.municipality?.name)).toEqual(['Klaipėda']);
  });
});

describe('the PDF export', () => {
  const pdfOf = async (pathwayId: string, cookie?: string) =>
    fetch(`${app.url}/pathways/${pathwayId}.pdf`, { headers: cookie ? { cookie } : {} });
  const idOf = async (municipalityId: string) =>
    (await app.gql(PATHWAY, { m: municipalityId }, { as: await app.cookieOf('member.lv') })).data!.referralPathway.id as string;

  it('serves members the published version as a PDF, and anonymous visitors only a public pathway', async () => {
    const liepajaId = await idOf(liepaja);
    const member = await pdfOf(liepajaId, await app.cookieOf('member.pl'));
    expect(member.status).toBe(200);
    expect(member.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await member.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await pdfOf(liepajaId)).status).toBe(404);
    expect((await pdfOf(await idOf(klaipeda))).status).toBe(200);
    expect((await pdfOf('not-an-id')).status).toBe(404);
  });

  it('names the member to call in a member’s PDF of a public pathway, and nobody in an anonymous visitor’s', async () => {
    const member = await app.gql(PATHWAY, { m: klaipeda }, { as: await app.cookieOf('member.lv') });
    const contact = member.data!.referralPathway.published.steps.find((s: any) => s.contact).contact.fullName as string;
    const textOf = async (response: Response) => pdfText(Buffer.from(await response.arrayBuffer())).text.replace(/\s+/g, ' ');
    const id = await idOf(klaipeda);
    expect(await textOf(await pdfOf(id, await app.cookieOf('member.lv')))).toContain(contact);
    const anonymous = await textOf(await pdfOf(id));
    expect(anonymous).toContain('Klaipėda');
    expect(anonymous).not.toContain(contact);
  });
});

describe('editing a pathway', () => {
  it('lets the contact point save a new version and publish it; a stale save is a CONFLICT naming the current draft', async () => {
    const as = await app.cookieOf('member.lv');
    const police = await organisationOf('Liepāja', 'POLICE');
    const steps = [
      step(1, { organisationId: police, chainRole: 'FIRST_IDENTIFIER' }),
      step(2, { stage: 'FIRST_ASSISTANCE', refersToNational: true }),
    ];
    const saved = await app.gql(
      SAVE,
      { input: { versionId: randomUUID(), municipalityId: liepaja, expectedVersion: 2, reason: 'Shorter pathway', steps } },
      { as },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.savePathwayDraft.latestVersion).toBe(3);
    expect(saved.data!.savePathwayDraft.draft.reason).toBe('Shorter pathway');
    const stale = await app.gql(
      SAVE,
      { input: { versionId: randomUUID(), municipalityId: liepaja, expectedVersion: 2, reason: 'Other edit', steps } },
      { as },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    const member = await app.gql(PATHWAY, { m: liepaja }, { as: await app.cookieOf('member.pl') });
    expect(member.data!.referralPathway.published.number).toBe(2);
    const published = await app.gql(
      PUBLISH,
      { input: { pathwayId: saved.data!.savePathwayDraft.id, number: 3, expectedVersion: 3 } },
      { as },
    );
    expect(published.data!.publishPathway.published.number).toBe(3);
    const after = await app.gql(PATHWAY, { m: liepaja }, { as: await app.cookieOf('member.pl') });
    expect(after.data!.referralPathway.published.steps.map((s: any) => s.position)).toEqual([1, 2]);
  });

  it('saves a retried save once, under the client’s version id; that id is refused to another author', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const before = (await app.gql(PATHWAY, { m: jelgava }, { as })).data!.referralPathway.latestVersion;
    const input = { versionId: randomUUID(), municipalityId: jelgava, expectedVersion: before, reason: 'Retried', steps: [step(1)] };
    const first = await app.gql(SAVE, { input }, { as });
    const again = await app.gql(SAVE, { input }, { as });
    expect(again.errors).toBeUndefined();
    expect(again.data!.savePathwayDraft.latestVersion).toBe(first.data!.savePathwayDraft.latestVersion);
    expect(again.data!.savePathwayDraft.latestVersion).toBe(before + 1);
    const versions = (await app.gql(PATHWAY, { m: jelgava }, { as })).data!.referralPathway.versions;
    expect(versions.filter((v: any) => v.reason === 'Retried')).toHaveLength(1);
    const admin = await app.gql(SAVE, { input: { ...input, expectedVersion: before + 1 } }, { as: await app.cookieOf('admin') });
    expect(admin.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses two steps at one position and an organisation abroad outside the return stage, writing nothing', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const abroad = await organisationOf('Klaipėda', 'MUNICIPAL_SOCIAL_SERVICES');
    const before = await app.gql(PATHWAY, { m: jelgava }, { as });
    const expected = before.data!.referralPathway.latestVersion;
    const bad = await app.gql(
      SAVE,
      {
        input: {
          versionId: randomUUID(),
          municipalityId: jelgava,
          expectedVersion: expected,
          reason: 'Bad',
          steps: [step(1), step(1), step(2, { organisationId: abroad, stage: 'FIRST_ASSISTANCE' })],
        },
      },
      { as },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors.map((e: any) => e.field)).toEqual(['steps.1.position', 'steps.2.organisationId']);
    const after = await app.gql(PATHWAY, { m: jelgava }, { as });
    expect(after.data!.referralPathway.latestVersion).toBe(expected);
    // The same organisation at the return stage crosses the border, and is flagged as such.
    const ok = await app.gql(
      SAVE,
      {
        input: {
          versionId: randomUUID(),
          municipalityId: jelgava,
          expectedVersion: expected,
          reason: 'Return via Klaipėda',
          steps: [step(1, { organisationId: abroad, stage: 'RETURN_AND_REINTEGRATION' })],
        },
      },
      { as },
    );
    expect(ok.errors).toBeUndefined();
    const draft = await app.gql(
      `query ($m: ID) { referralPathway(municipalityId: $m) { draft { steps { crossBorder } } } }`,
      { m: jelgava },
      { as },
    );
    expect(draft.data!.referralPathway.draft.steps).toEqual([{ crossBorder: true }]);
  });

  it('refuses unconfirmed victim data in a step and members who are not its editors', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const current = (await app.gql(PATHWAY, { m: jelgava }, { as })).data!.referralPathway.latestVersion;
    const guarded = await app.gql(
      SAVE,
      {
        input: {
          versionId: randomUUID(),
          municipalityId: jelgava,
          expectedVersion: current,
          reason: 'x',
          steps: [step(1, { action: 'Call victim Anna at +371 2612 3456' })],
        },
      },
      { as },
    );
    expect(guarded.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(guarded.errors?.[0]?.extensions?.guardrail).toBeTruthy();
    const forbidden = await app.gql(
      SAVE,
      { input: { versionId: randomUUID(), municipalityId: jelgava, expectedVersion: current, reason: 'x', steps: [] } },
      { as: await app.cookieOf('member.lv') },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('flags steps whose organisation left the network or offers no fitting service', async () => {
    const as = await app.cookieOf('coordinator.lt');
    const vilnius = await municipality('Vilnius');
    const closed = await organisationOf('Klaipėda', 'NGO');
    const police = await organisationOf('Klaipėda', 'POLICE');
    await app.orm.em.fork().getConnection().execute(`update organisation set status = 'CLOSED', closed_at = now() where id = ?`, [closed]);
    const current = (await app.gql(PATHWAY, { m: vilnius }, { as })).data!.referralPathway?.latestVersion ?? 0;
    const saved = await app.gql(
      SAVE,
      {
        input: {
          versionId: randomUUID(),
          municipalityId: vilnius,
          expectedVersion: current,
          reason: 'Gaps',
          steps: [
            step(1, { organisationId: closed }),
            step(2, { organisationId: police, chainRole: 'SERVICE_PROVIDER', stage: 'SOCIAL_INCLUSION' }),
          ],
        },
      },
      { as },
    );
    expect(saved.errors).toBeUndefined();
    const kinds = saved.data!.savePathwayDraft.draft.gaps.filter(
      (g: any) => g.kind === 'ORGANISATION_LEFT' || g.kind === 'NO_MATCHING_SERVICE',
    );
    expect(kinds).toEqual([
      { kind: 'ORGANISATION_LEFT', stage: 'IDENTIFICATION' },
      { kind: 'NO_MATCHING_SERVICE', stage: 'SOCIAL_INCLUSION' },
    ]);
  });
});
