import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { mayBeNamedSql, seesForum, type ForumAccess } from './forum-access.js';
import { membersAsViewers } from './forum-subjects.js';
import { makeForum, userIdOf } from './forum.test-support.js';

let app: TestApp;
let groups: { id: string; slug: string }[];
let memberLv: string;
let memberPl: string;

const PEOPLE = `query ($slug: String!) { forum(slug: $slug) { moderators { userId expertId name organisationName } members { userId name } } }`;
const FORUMS = `{ forums { id moderators { userId } members { userId } } }`;
const CANDIDATES = `query ($slug: String!, $text: String!, $role: ForumRole!) {
  forum(slug: $slug) { candidatePeople(text: $text, role: $role) { userId name } }
}`;
const SET_MODERATORS = `mutation ($input: ForumPeopleInput!) { setForumModerators(input: $input) { id moderators { userId } } }`;
const ADD_MEMBERS = `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id members { userId } } }`;

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
    // member.pl belongs to the group too: only its members may moderate it.
    await ok(`mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`, {
      forumId: group.id,
      userIds: [memberLv, memberPl],
    });
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
    // The admin who made the group belongs to it, and the members it added.
    expect(members!.map((p) => p.userId)).toEqual(expect.arrayContaining([memberLv, memberPl]));
    expect(members).toHaveLength(3);
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
    const admin = await app.cookieOf('admin');
    const me = (await app.gql<People>(PEOPLE, { slug: groups[0]!.slug }, { as: admin })).data!.forum!.members!.find(
      (p) => p.userId === memberLv,
    )!;
    const found = await app.gql<{ forum: { candidatePeople: { userId: string; name: string }[] | null } }>(
      CANDIDATES,
      { slug: groups[0]!.slug, text: me.name.slice(0, 4), role: 'MEMBER' },
      { as: admin },
    );
    expect(found.data!.forum.candidatePeople!.map((p) => p.userId)).toContain(memberLv);
    const refused = await app.gql<{ forum: { candidatePeople: unknown } }>(
      CANDIDATES,
      { slug: groups[0]!.slug, text: me.name.slice(0, 4), role: 'MEMBER' },
      { as: await app.cookieOf('member.lv') },
    );
    expect(refused.data!.forum.candidatePeople).toBeNull();
  });
});

/** The start of a demo member's name, as typed into the picker. */
async function nameStart(who: 'member.lv' | 'member.pl'): Promise<string> {
  const result = await app.gql<{ viewer: { expert: { fullName: string } } }>(
    `{ viewer { expert { fullName } } }`,
    {},
    {
      as: await app.cookieOf(who),
    },
  );
  return result.data!.viewer.expert.fullName.split(' ')[0]!;
}

async function candidateIds(slug: string, text: string, role: 'MODERATOR' | 'MEMBER'): Promise<string[]> {
  const result = await app.gql<{ forum: { candidatePeople: { userId: string }[] } }>(
    CANDIDATES,
    { slug, text, role },
    { as: await app.cookieOf('admin') },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.forum.candidatePeople.map((p) => p.userId);
}

describe('who may be named', () => {
  it("offers and names as moderators of a country's SCOPE forum only members who read it; refuses the others by name", async () => {
    const forum = await makeForum(app, { visibility: 'SCOPE', level: 'NATIONAL', countryCode: 'LV' });
    const [lvName, plName] = [await nameStart('member.lv'), await nameStart('member.pl')];
    expect(await candidateIds(forum.slug, lvName, 'MODERATOR')).toContain(memberLv);
    expect(await candidateIds(forum.slug, plName, 'MODERATOR')).not.toContain(memberPl);
    const admin = await app.cookieOf('admin');
    const refused = await app.gql(SET_MODERATORS, { input: { forumId: forum.id, userIds: [memberLv, memberPl] } }, { as: admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(new RegExp(`^${plName}.* cannot read this forum`));
    expect(refused.errors?.[0]?.message).not.toContain(lvName);
    // Nothing half-written: the forum still has no moderators.
    const people = await app.gql<People>(PEOPLE, { slug: forum.slug }, { as: admin });
    expect(people.data!.forum!.moderators).toEqual([]);
    const named = await app.gql<{ setForumModerators: { moderators: { userId: string }[] } }>(
      SET_MODERATORS,
      { input: { forumId: forum.id, userIds: [memberLv] } },
      { as: admin },
    );
    expect(named.data!.setForumModerators.moderators.map((p) => p.userId)).toEqual([memberLv]);
  });

  it("names as a closed group's moderators only its members; anyone of the network may be invited as a member", async () => {
    const group = await makeForum(app, { visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
    const plName = await nameStart('member.pl');
    const admin = await app.cookieOf('admin');
    expect(await candidateIds(group.slug, plName, 'MODERATOR')).not.toContain(memberPl);
    expect(await candidateIds(group.slug, plName, 'MEMBER')).toContain(memberPl);
    const refused = await app.gql(SET_MODERATORS, { input: { forumId: group.id, userIds: [memberPl] } }, { as: admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain("only the group's members may moderate it");
    const added = await app.gql<{ addForumMembers: { members: { userId: string }[] } }>(
      ADD_MEMBERS,
      { input: { forumId: group.id, userIds: [memberPl] } },
      { as: admin },
    );
    expect(added.data!.addForumMembers.members.map((p) => p.userId)).toContain(memberPl);
    expect(await candidateIds(group.slug, plName, 'MODERATOR')).toContain(memberPl);
    const named = await app.gql(SET_MODERATORS, { input: { forumId: group.id, userIds: [memberPl] } }, { as: admin });
    expect(named.errors).toBeUndefined();
  });

  it('keeps a moderator named before when the list is saved again, even if the rule would not name them today', async () => {
    const forum = await makeForum(app, { visibility: 'SCOPE', level: 'NATIONAL', countryCode: 'LV' });
    // Named before the rule (or before they moved country): written straight to the table.
    await app.orm.em.fork().execute(`insert into forum_moderator (forum_id, user_id) values (?, ?)`, [forum.id, memberPl]);
    const result = await app.gql<{ setForumModerators: { moderators: { userId: string }[] } }>(
      SET_MODERATORS,
      { input: { forumId: forum.id, userIds: [memberPl, memberLv] } },
      { as: await app.cookieOf('admin') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.setForumModerators.moderators.map((p) => p.userId).toSorted()).toEqual([memberLv, memberPl].toSorted());
  });

  it('says in SQL what seesForum says, for every account and every kind of forum', async () => {
    const em = app.orm.em.fork();
    const [riga] = await em.execute<{ id: string }[]>(`select municipality_id as id from expert where municipality_id is not null limit 1`);
    const base = { moderatorIds: [], memberIds: [memberPl] };
    const forums: ForumAccess[] = [
      { id: 'a', visibility: 'NETWORK', level: 'REGIONAL', countryCode: null, municipalityId: null, ...base },
      { id: 'b', visibility: 'SCOPE', level: 'REGIONAL', countryCode: null, municipalityId: null, ...base },
      { id: 'c', visibility: 'SCOPE', level: 'NATIONAL', countryCode: 'LV', municipalityId: null, ...base },
      { id: 'd', visibility: 'SCOPE', level: 'LOCAL', countryCode: 'LV', municipalityId: riga!.id, ...base },
      { id: 'e', visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LT', municipalityId: null, ...base },
    ];
    const users = await em.execute<{ id: string }[]>(`select id from app_user where status = 'ACTIVE' and deleted_at is null`);
    const viewers = await membersAsViewers(
      em,
      users.map((u) => u.id),
    );
    for (const forum of forums) {
      const eligible = mayBeNamedSql(forum, 'MODERATOR');
      const rows = await em.execute<{ id: string }[]>(
        `select u.id from app_user u left join expert x on x.id = u.expert_id
          where u.status = 'ACTIVE' and u.deleted_at is null and ${eligible.sql} order by u.id`,
        eligible.params,
      );
      const expected = viewers.filter((viewer) => seesForum(viewer, forum)).map((viewer) => viewer.userId);
      expect(rows.map((r) => r.id)).toEqual(expected.toSorted());
      // Scoped and closed forums separate someone from someone else, or the comparison would prove little.
      if (forum.level !== 'REGIONAL') expect(rows.length).toBeLessThan(viewers.length);
    }
  });
});
