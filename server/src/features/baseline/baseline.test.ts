import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { ASSESSMENT, completeAnswers, move, municipalityId, SAVE, saveDraft } from './baseline.test-support.js';

let app: TestApp;
let liepaja: string;
let contactPoint: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  liepaja = await municipalityId(app, 'Liepāja');
  // The demo's member.lv is Liepāja's contact point.
  contactPoint = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

const READ = `query ($m: ID!, $y: Int!) { baselineAssessment(municipalityId: $m, year: $y) { ${ASSESSMENT} } }`;
const count = async (year: number) => {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from baseline_assessment where municipality_id = ? and year = ?`, [liepaja, year]);
  return row!.n;
};

describe('the questionnaire', () => {
  it('gives every reference question a typed answer schema', async () => {
    const result = await app.gql(`{ baselineQuestions { key required parts { key kind options max optional } sources { id } } }`);
    const questions = result.data!.baselineQuestions;
    expect(questions).toHaveLength(20);
    const bq05 = questions.find((q: any) => q.key === 'BQ05');
    expect(bq05.parts[0]).toEqual({ key: 'procedure', kind: 'CHOICE', options: ['YES', 'PARTLY', 'NO'], max: null, optional: false });
    expect(questions.find((q: any) => q.key === 'BQ04').parts.map((p: any) => p.kind)).toEqual(['RATING', 'RATING', 'RATING']);
    expect(questions.find((q: any) => q.key === 'BQ08').parts[0].options).toContain('UNACCOMPANIED_MINORS');
    expect(bq05.sources.length).toBeGreaterThan(0);
  });
});

describe('answering', () => {
  it('saves a draft once per client id and refuses a stale version', async () => {
    const clientId = randomUUID();
    const input = {
      clientId,
      municipalityId: liepaja,
      year: 2017,
      expectedVersion: 0,
      answers: [{ question: 'BQ05', parts: [{ part: 'procedure', choice: 'PARTLY' }] }],
    };
    const first = await app.gql(SAVE, { input }, { as: contactPoint });
    expect(first.data!.saveBaselineDraft).toMatchObject({
      status: 'DRAFT',
      version: 1,
      viewerCan: { edit: true, submit: true, accept: false },
    });
    const retry = await app.gql(SAVE, { input }, { as: contactPoint });
    expect(retry.data!.saveBaselineDraft.version).toBe(1);
    const stale = await app.gql(SAVE, { input: { ...input, clientId: randomUUID() } }, { as: contactPoint });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const read = await app.gql(READ, { m: liepaja, y: 2017 }, { as: contactPoint });
    expect(read.data!.baselineAssessment.answers).toEqual([
      { question: 'BQ05', parts: [{ part: 'procedure', choice: 'PARTLY', options: null, number: null, text: null }] },
    ]);
  });

  it('refuses answers of the wrong type, naming each, and writes nothing', async () => {
    const answers = [
      { question: 'BQ05', parts: [{ part: 'procedure', number: 2 }] },
      { question: 'BQ06', parts: [{ part: 'socialServices', number: 140 }] },
      { question: 'BQ08', parts: [{ part: 'groups', options: ['ADULT_MEN', 'PIRATES'] }] },
      { question: 'BQ99', parts: [] },
    ];
    const result = await app.gql(
      SAVE,
      { input: { clientId: randomUUID(), municipalityId: liepaja, year: 2018, expectedVersion: 0, answers } },
      { as: contactPoint },
    );
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((result.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual([
      'answers.0.parts.0',
      'answers.1.parts.0',
      'answers.2.parts.0',
      'answers.3.question',
    ]);
    expect(await count(2018)).toBe(0);
  });

  it('passes text answers through the victim-data guardrail', async () => {
    const answers = [{ question: 'BQ13', parts: [{ part: 'trajectory', text: 'Call the victim at anna.ozola@example.com first' }] }];
    const result = await app.gql(
      SAVE,
      { input: { clientId: randomUUID(), municipalityId: liepaja, year: 2019, expectedVersion: 0, answers } },
      { as: contactPoint },
    );
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count(2019)).toBe(0);
  });

  it('refuses a submission with required questions unanswered, naming each', async () => {
    const draft = await saveDraft(app, contactPoint, {
      municipalityId: liepaja,
      year: 2020,
      answers: completeAnswers().filter((a) => a.question !== 'BQ05' && a.question !== 'BQ17'),
    });
    expect(draft.missingRequired).toEqual(['BQ05', 'BQ17']);
    const result = await move(app, contactPoint, 'submitBaseline', draft);
    expect(result.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((result.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual([
      'answers.BQ05',
      'answers.BQ17',
    ]);
    expect((await app.gql(READ, { m: liepaja, y: 2020 }, { as: contactPoint })).data!.baselineAssessment.status).toBe('DRAFT');
  });

  it('takes a submission, lets only the coordinator accept it, and locks the accepted one until reopened', async () => {
    const draft = await saveDraft(app, contactPoint, { municipalityId: liepaja, year: 2021, answers: completeAnswers() });
    const submitted = (await move(app, contactPoint, 'submitBaseline', draft)).data!.submitBaseline;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', viewerCan: { edit: false, submit: false, accept: false } });
    const whileSubmitted = await app.gql(
      SAVE,
      { input: { clientId: randomUUID(), municipalityId: liepaja, year: 2021, expectedVersion: submitted.version, answers: [] } },
      { as: contactPoint },
    );
    expect(whileSubmitted.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', status: 'SUBMITTED' });
    expect((await move(app, contactPoint, 'acceptBaseline', submitted)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const coordinator = await app.cookieOf('coordinator.lv');
    const accepted = (await move(app, coordinator, 'acceptBaseline', submitted)).data!.acceptBaseline;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', viewerCan: { edit: false, accept: false, reopen: true } });
    const locked = await app.gql(
      SAVE,
      { input: { clientId: randomUUID(), municipalityId: liepaja, year: 2021, expectedVersion: accepted.version, answers: [] } },
      { as: contactPoint },
    );
    expect(locked.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', status: 'ACCEPTED' });
    const reopened = (await move(app, coordinator, 'reopenBaseline', accepted)).data!.reopenBaseline;
    expect(reopened.status).toBe('DRAFT');
    const [audit] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(
        `select count(*)::int as n from audit_event where subject_id = ? and action in ('BASELINE_ACCEPTED', 'BASELINE_REOPENED')`,
        [accepted.id],
      );
    expect(audit!.n).toBe(2);
  });

  it('shows an assessment only to its answerers, coordinators, TF-THB members and admins', async () => {
    expect((await app.gql(READ, { m: liepaja, y: 2026 })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const other = await app.gql(READ, { m: liepaja, y: 2026 }, { as: await app.cookieOf('member.pl') });
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // The demo's coordinators sit on the TF-THB, which reads every assessment; they do not answer another country's.
    const taskForce = await app.gql(READ, { m: liepaja, y: 2026 }, { as: await app.cookieOf('coordinator.lt') });
    expect(taskForce.data!.baselineAssessment.viewerCan).toEqual({ edit: false, submit: false, accept: false, reopen: false });
    const own = await app.gql(READ, { m: liepaja, y: 2026 }, { as: contactPoint });
    expect(own.data!.baselineAssessment).toMatchObject({ status: 'ACCEPTED', viewerCan: { edit: false, reopen: false } });
  });
});
