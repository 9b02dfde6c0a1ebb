import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { makeForum, userIdOf } from './forum.test-support.js';

let app: TestApp;
let groups: { id: string; slug: string }[];
let memberLv: string;
let memberPl: string;

const PEOPLE = `query ($slug: String!) { forum(slug: $slug) { moderators { userId expertId name organisationName } members { userId name } } }`;
const FORUMS = `{ forums { id moderators { userId } members { userId } } }`;

type Person = { userId: string; expertId: string | null; name: string; organisationName: string | null };
type People = { forum: { moderators: Person[] | null; members: Person[] | null } | null };

async function ok(document: string, input: Record<string, unknown>) {
  const result = await app.gql(document, { input }, { as: await app.cookieOf('admin') });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  memberLv = await userIdOf(app, 'member.lv');
  memberPl = await userIdOf(app, 'member.pl');
  groups = [];
  for (let i = 0; i < 3; i++) {
    const group = await makeForum(app, { visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
    await ok(`mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`, { forumId: group.id, userIds: [memberLv] });
    await ok(`mutation ($input: ForumPeopleInput!) { setForumModerators(input: $input) { id } }`, {
      forumId: group.id,
      userIds: [memberPl],
    });
    groups.push(group);
  }
});
afterAll(() => app?.close());

describe('Forum.moderators and Forum.members', () => {
  it('name the people, with the account ids the commands take, to whoever manages the forum', async () => {
    const result = await app.gql<People>(PEOPLE, { slug: groups[0]!.slug }, { as: await app.cookieOf('admin') });
    expect(result.errors).toBeUndefined();
    const { moderators, members } = result.data!.forum!;
    expect(moderators!.map((p) => p.userId)).toEqual([memberPl]);
    expect(moderators![0]!.expertId).toMatch(/^[0-9a-f-]{36}$/);
    expect(moderators![0]!.name.length).toBeGreaterThan(1);
    // The admin who made the group belongs to it, and the member it added.
    expect(members!.map((p) => p.userId)).toContain(memberLv);
    expect(members).toHaveLength(2);
  });

  it('are null to a member of the group who does not manage it', async () => {
    const result = await app.gql<People>(PEOPLE, { slug: groups[0]!.slug }, { as: await app.cookieOf('member.lv') });
    expect(result.errors).toBeUndefined();
    expect(result.data!.forum).not.toBeNull();
    expect(result.data!.forum!.moderators).toBeNull();
    expect(result.data!.forum!.members).toBeNull();
  });

  it("show a named moderator the group's members (they may change them) but not the moderators", async () => {
    const result = await app.gql<People>(PEOPLE, { slug: groups[0]!.slug }, { as: await app.cookieOf('member.pl') });
    expect(result.data!.forum!.moderators).toBeNull();
    expect(result.data!.forum!.members!.map((p) => p.userId)).toContain(memberLv);
  });

  it('read everyone of every listed forum in one statement', async () => {
    const as = await app.cookieOf('admin');
    let listed: { id: string; moderators: unknown[] | null }[] = [];
    const statements = await app.countStatements(async () => {
      listed = (await app.gql<{ forums: typeof listed }>(FORUMS, {}, { as })).data!.forums;
    });
    const baseline = await app.countStatements(() => app.gql(`{ forums { id } }`, {}, { as }));
    expect(listed.filter((f) => groups.some((g) => g.id === f.id))).toHaveLength(3);
    expect(statements.length - baseline.length).toBe(1);
  });

  it('offer a manager members to name by the start of their name, with their account ids; nobody else', async () => {
    const CANDIDATES = `query ($slug: String!, $text: String!) { forum(slug: $slug) { candidatePeople(text: $text) { userId name } } }`;
    const admin = await app.cookieOf('admin');
    const me = (await app.gql<People>(PEOPLE, { slug: groups[0]!.slug }, { as: admin })).data!.forum!.members!.find(
      (p) => p.userId === memberLv,
    )!;
    const found = await app.gql<{ forum: { candidatePeople: { userId: string; name: string }[] | null } }>(
      CANDIDATES,
      { slug: groups[0]!.slug, text: me.name.slice(0, 4) },
      { as: admin },
    );
    expect(found.data!.forum.candidatePeople!.map((p) => p.userId)).toContain(memberLv);
    const refused = await app.gql<{ forum: { candidatePeople: unknown } }>(
      CANDIDATES,
      { slug: groups[0]!.slug, text: me.name.slice(0, 4) },
      { as: await app.cookieOf('member.lv') },
    );
    expect(refused.data!.forum.candidatePeople).toBeNull();
  });
});
