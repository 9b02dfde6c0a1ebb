import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from './meeting.test-support.js';
import { as, code, liveMeeting, reason } from './outcome.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const Q = `id text authorName upvotes viewerUpvoted viewerAsked answered hidden`;
const ASK = `mutation ($input: AskMeetingQuestionInput!) { askMeetingQuestion(input: $input) { ${Q} } }`;
const UPVOTE = `mutation ($id: ID!) { upvoteMeetingQuestion(id: $id) { ${Q} } }`;
const ANSWER = `mutation ($id: ID!) { answerMeetingQuestion(id: $id) { ${Q} } }`;
const HIDE = `mutation ($id: ID!) { hideMeetingQuestion(id: $id) { ${Q} } }`;
const QUESTIONS = `query ($id: ID!) { meeting(id: $id) { questions { ${Q} } liveState { questions { id } } } }`;
const countQuestions = async () => (await sql<{ n: number }>(app, `select count(*)::int as n from meeting_question`))[0]!.n;

describe('Q&A', () => {
  it('lets participants ask and upvote once each; hosts mark answered and hide from everyone else', async () => {
    const meetingId = await liveMeeting(app);
    const input = { id: randomUUID(), meetingId, text: 'How do municipalities share the checklist?' };
    const asked = (await as(app, 'member.lv', ASK, { input })).askMeetingQuestion;
    expect(asked).toMatchObject({ text: input.text, upvotes: 0, viewerAsked: true, answered: false });
    expect((await as(app, 'member.lv', ASK, { input })).askMeetingQuestion.id).toBe(asked.id);
    expect((await as(app, 'member.pl', UPVOTE, { id: asked.id })).upvoteMeetingQuestion).toMatchObject({ upvotes: 1, viewerUpvoted: true });
    expect((await as(app, 'member.pl', UPVOTE, { id: asked.id })).upvoteMeetingQuestion.upvotes).toBe(1);
    expect(code(await app.gql(ANSWER, { id: asked.id }, { as: await app.cookieOf('member.pl') }))).toBe('FORBIDDEN');
    expect((await as(app, 'moderator', ANSWER, { id: asked.id })).answerMeetingQuestion.answered).toBe(true);
    const other = (await as(app, 'member.pl', ASK, { input: { id: randomUUID(), meetingId, text: 'Off-topic remark' } }))
      .askMeetingQuestion;
    await as(app, 'moderator', HIDE, { id: other.id });
    const forHost = (await as(app, 'moderator', QUESTIONS, { id: meetingId })).meeting;
    const forMember = (await as(app, 'member.lv', QUESTIONS, { id: meetingId })).meeting;
    expect(new Set(forHost.questions.map((q: { id: string }) => q.id))).toEqual(new Set([asked.id, other.id]));
    expect(forMember.questions.map((q: { id: string }) => q.id)).toEqual([asked.id]);
    expect(forMember.liveState.questions.map((q: { id: string }) => q.id)).toEqual([asked.id]);
    const upvoteHidden = await app.gql(UPVOTE, { id: other.id }, { as: await app.cookieOf('member.lv') });
    expect(upvoteHidden.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('passes the guardrail: a question with a personal code is refused until confirmed, and nothing is stored', async () => {
    const meetingId = await liveMeeting(app);
    const before = await countQuestions();
    const text = 'What about the case of PESEL 44051401359?';
    const refused = await app.gql(ASK, { input: { id: randomUUID(), meetingId, text } }, { as: await app.cookieOf('member.lv') });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', guardrail: { field: 'text' } });
    expect(await countQuestions()).toBe(before);
    const confirmations = [{ kind: 'NATIONAL_ID', text: '44051401359' }];
    await as(app, 'member.lv', ASK, { input: { id: randomUUID(), meetingId, text, confirmations } });
    expect(await countQuestions()).toBe(before + 1);
  });

  it('refuses members who do not take part, an empty question and questions once the meeting has ended', async () => {
    const meetingId = await liveMeeting(app);
    const declined = await app.gql(
      ASK,
      { input: { id: randomUUID(), meetingId, text: 'Hello' } },
      { as: await app.cookieOf('coordinator.lt') },
    );
    expect(code(declined)).toBe('FORBIDDEN');
    const outsider = await app.gql(
      ASK,
      { input: { id: randomUUID(), meetingId, text: 'Hello' } },
      { as: await app.cookieOf('coordinator.lv') },
    );
    expect(code(outsider)).toBe('NOT_FOUND');
    const blank = await app.gql(ASK, { input: { id: randomUUID(), meetingId, text: '   ' } }, { as: await app.cookieOf('member.lv') });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.text' }] });
    await as(app, 'moderator', `mutation ($id: ID!) { endMeeting(id: $id) { status } }`, { id: meetingId });
    const late = await app.gql(ASK, { input: { id: randomUUID(), meetingId, text: 'Too late?' } }, { as: await app.cookieOf('member.lv') });
    expect([code(late), reason(late)]).toEqual(['CONFLICT', 'MEETING_NOT_RUNNING']);
  });
});
