import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { CREATE_FORUM, makeForum, makeThread, reply, THREAD_PAGE } from './forum.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const FORUMS = `{ forums { slug visibility threadCount unreadCount newThreadCount viewerCan { startThread moderate manage } } }`;

describe('createForum', () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    slug: `lv-${randomUUID().slice(0, 8)}`,
    title: 'Latvian referral practice',
    level: 'NATIONAL',
    countryCode: 'LV',
    visibility: 'SCOPE',
    ...overrides,
  });

  it('lets a coordinator create a forum for their country, once however often it is retried', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const forum = input();
    const first = await app.gql(CREATE_FORUM, { input: forum }, { as });
    const retry = await app.gql(CREATE_FORUM, { input: forum }, { as });
    expect(first.errors).toBeUndefined();
    expect(retry.data!.createForum).toEqual(first.data!.createForum);
    expect(first.data!.createForum).toMatchObject({ id: forum.id, slug: forum.slug, visibility: 'SCOPE' });
  });

  it("refuses another country's forum to a coordinator, any forum to a member, and asks anonymous visitors to sign in", async () => {
    const other = await app.gql(CREATE_FORUM, { input: input({ countryCode: 'LT' }) }, { as: await app.cookieOf('coordinator.lv') });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const member = await app.gql(CREATE_FORUM, { input: input() }, { as: await app.cookieOf('member.lv') });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.gql(CREATE_FORUM, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a bad slug, a taken slug and a national forum without a country', async () => {
    const as = await app.cookieOf('admin');
    const bad = await app.gql(CREATE_FORUM, { input: input({ slug: 'Not A Slug' }) }, { as });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'slug' }] });
    const { slug } = await makeForum(app);
    const taken = await app.gql(CREATE_FORUM, { input: input({ slug }) }, { as });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.slug' }] });
    const countryless = await app.gql(CREATE_FORUM, { input: input({ countryCode: null }) }, { as });
    expect(countryless.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.countryCode' }] });
  });
});

describe('forums', () => {
  it('lists PUBLIC forums to anonymous visitors and SCOPE forums only to members of that country', async () => {
    const open = await makeForum(app, { visibility: 'PUBLIC' });
    const lt = await makeForum(app, { visibility: 'SCOPE', level: 'NATIONAL', countryCode: 'LT' });
    const anonymous = await app.gql<{ forums: { slug: string; unreadCount: number | null }[] }>(FORUMS);
    expect(anonymous.data!.forums.map((f) => f.slug)).toContain(open.slug);
    expect(anonymous.data!.forums.map((f) => f.slug)).not.toContain(lt.slug);
    expect(anonymous.data!.forums.find((f) => f.slug === open.slug)!.unreadCount).toBeNull();
    const lv = await app.gql<{ forums: { slug: string }[] }>(FORUMS, {}, { as: await app.cookieOf('member.lv') });
    expect(lv.data!.forums.map((f) => f.slug)).not.toContain(lt.slug);
    const coordinator = await app.gql<{ forums: { slug: string }[] }>(FORUMS, {}, { as: await app.cookieOf('coordinator.lt') });
    expect(coordinator.data!.forums.map((f) => f.slug)).toContain(lt.slug);
  });
});

describe('new since the last visit', () => {
  it('counts threads started since the member last looked, until they look again', async () => {
    const forum = await makeForum(app);
    await makeThread(app, forum.id, 'member.pl');
    const as = await app.cookieOf('member.lv');
    const COUNT = `query ($slug: String!) { forum(slug: $slug) { newThreadCount unreadCount threads(first: 5) { totalCount } } }`;
    expect((await app.gql(COUNT, { slug: forum.slug }, { as })).data!.forum).toEqual({
      newThreadCount: 1,
      unreadCount: 0,
      threads: { totalCount: 1 },
    });
    const visit = await app.gql(`mutation ($id: ID!) { visitForum(forumId: $id) { newThreadCount } }`, { id: forum.id }, { as });
    expect(visit.data!.visitForum.newThreadCount).toBe(0);
  });
});

describe('what a member keeps per thread', () => {
  it('moves the read position forward only, keeps a draft until it is sent, and remembers the watch level', async () => {
    const thread = await makeThread(app, (await makeForum(app)).id, 'member.pl');
    for (let i = 0; i < 3; i++) await reply(app, thread.id, 'member.pl', `Reply ${i}`);
    const as = await app.cookieOf('member.lv');
    const MARK = `mutation ($threadId: ID!, $position: Int!) { markRead(input: { threadId: $threadId, position: $position }) { unreadCount lastReadPosition } }`;
    expect((await app.gql(MARK, { threadId: thread.id, position: 3 }, { as })).data!.markRead).toEqual({
      unreadCount: 1,
      lastReadPosition: 3,
    });
    expect((await app.gql(MARK, { threadId: thread.id, position: 1 }, { as })).data!.markRead).toEqual({
      unreadCount: 1,
      lastReadPosition: 3,
    });
    expect((await app.gql(MARK, { threadId: thread.id, position: 99 }, { as })).data!.markRead).toEqual({
      unreadCount: 0,
      lastReadPosition: 4,
    });
    const draft = await app.gql(
      `mutation ($threadId: ID!) { saveDraft(input: { threadId: $threadId, source: "Half a reply" }) { draft { source } } }`,
      { threadId: thread.id },
      { as },
    );
    expect(draft.data!.saveDraft.draft).toEqual({ source: 'Half a reply' });
    const watch = await app.gql(
      `mutation ($threadId: ID!) { setWatchLevel(input: { threadId: $threadId, level: TRACKING }) { thread { watchLevel } } }`,
      { threadId: thread.id },
      { as },
    );
    expect(watch.data!.setWatchLevel.thread.watchLevel).toBe('TRACKING');
    await reply(app, thread.id, 'member.lv', 'The whole reply');
    const page = await app.gql(THREAD_PAGE, { id: thread.id, first: 1 }, { as });
    expect(page.data!.thread).toMatchObject({ draft: null, watchLevel: 'TRACKING', unreadCount: 0 });
    const both = await app.gql(
      `mutation ($id: ID!) { setWatchLevel(input: { threadId: $id, forumId: $id, level: MUTED }) { thread { id } } }`,
      { id: thread.id },
      { as },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
