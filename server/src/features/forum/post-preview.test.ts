import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { countRows, makeForum, makeThread, userIdOf } from './forum.test-support.js';

let app: TestApp;
let groupThreadId: string;
let networkThreadId: string;

const PREVIEW = `query ($threadId: ID!, $source: String!) { previewPost(threadId: $threadId, source: $source) }`;
const CANDIDATES = `query ($threadId: ID!, $query: String!) { mentionCandidates(threadId: $threadId, query: $query) { expertId name } }`;

const viewerExpert = async (name: 'member.pl' | 'member.lv') =>
  (
    await app.gql<{ viewer: { expert: { id: string; fullName: string } } }>(
      `{ viewer { expert { id fullName } } }`,
      {},
      {
        as: await app.cookieOf(name),
      },
    )
  ).data!.viewer.expert;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const group = await makeForum(app, { visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
  const added = await app.gql(
    `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`,
    { input: { forumId: group.id, userIds: [await userIdOf(app, 'member.lv')] } },
    { as: await app.cookieOf('admin') },
  );
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  groupThreadId = (await makeThread(app, group.id, 'member.lv')).id;
  networkThreadId = (await makeThread(app, (await makeForum(app)).id, 'member.lv')).id;
});
afterAll(() => app?.close());

describe('previewPost', () => {
  it('renders the sanitised HTML posting would store, and stores nothing', async () => {
    const before = await countRows(app, 'post');
    const result = await app.gql<{ previewPost: string }>(
      PREVIEW,
      { threadId: networkThreadId, source: '**Referral** <script>window.x=1</script> [x](javascript:alert(1))' },
      { as: await app.cookieOf('member.pl') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.previewPost).toContain('<strong>Referral</strong>');
    expect(result.data!.previewPost).not.toMatch(/<script|javascript:/);
    expect(result.data!.previewPost).toContain('&#x3C;script>');
    expect(await countRows(app, 'post')).toBe(before);
  });

  it('refuses a mention of a member outside a closed group, as addPost would', async () => {
    const outsider = await viewerExpert('member.pl');
    const result = await app.gql(
      PREVIEW,
      { threadId: groupThreadId, source: `Ask @[${outsider.fullName}](expert:${outsider.id})` },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'source' }] });
  });

  it('is NOT_FOUND for a closed group thread to an outsider', async () => {
    const result = await app.gql(PREVIEW, { threadId: groupThreadId, source: 'hi' }, { as: await app.cookieOf('member.pl') });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('mentionCandidates', () => {
  it('offers members who read the thread by the start of a name or of a later word', async () => {
    const pl = await viewerExpert('member.pl');
    const lastName = pl.fullName.split(' ').at(-1)!;
    const result = await app.gql<{ mentionCandidates: { expertId: string; name: string }[] }>(
      CANDIDATES,
      { threadId: networkThreadId, query: lastName.slice(0, 4) },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mentionCandidates.map((c) => c.expertId)).toContain(pl.id);
  });

  it('reads four statements: the session, the thread, the names, and their readers all at once', async () => {
    const as = await app.cookieOf('member.lv');
    const name = (await viewerExpert('member.pl')).fullName;
    const statements = await app.countStatements(() => app.gql(CANDIDATES, { threadId: networkThreadId, query: name.slice(0, 4) }, { as }));
    expect(statements).toHaveLength(4);
    expect(statements[3]).toContain('any(?::uuid[])');
  });

  it('offers only the members of a closed group', async () => {
    const [lv, pl] = [await viewerExpert('member.lv'), await viewerExpert('member.pl')];
    const ask = async (name: string) =>
      (
        await app.gql<{ mentionCandidates: { expertId: string }[] }>(
          CANDIDATES,
          { threadId: groupThreadId, query: name.slice(0, 3) },
          { as: await app.cookieOf('member.lv') },
        )
      ).data!.mentionCandidates.map((c) => c.expertId);
    expect(await ask(lv.fullName)).toContain(lv.id);
    expect(await ask(pl.fullName)).not.toContain(pl.id);
  });
});
