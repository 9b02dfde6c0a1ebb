import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalityId } from '../../db/seed/reference-data.js';
import { type DemoAccountName, startTestApp, type TestApp } from '../../test/harness.js';
import { makeForum, makeThread, reply, settleNotices, userIdOf } from '../forum/forum.test-support.js';
import { CREATE, resourceInput } from './resource.test-support.js';

let app: TestApp;
const LIEPAJA = municipalityId('LV', 'Liepāja');
const JELGAVA = municipalityId('LV', 'Jelgava');

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const as = async (who: DemoAccountName | null) => ({ as: who ? await app.cookieOf(who) : null });
const LINKS = `query ($id: ID!) { resourceLinks(resourceId: $id) { kind id title path } }`;
const POST = `query ($id: ID!) { thread(id: $id) { posts(first: 10) { edges { node { id html } } } } }`;

async function resource(who: DemoAccountName, overrides: Record<string, unknown> = {}) {
  const created = await app.gql(CREATE, { input: resourceInput(overrides) }, await as(who));
  expect(created.errors).toBeUndefined();
  return created.data!.createResource as { id: string; title: string };
}

const localResource = (title: string) =>
  resource('member.lv', { title, visibility: 'SCOPE', scope: { level: 'LOCAL', municipalityId: LIEPAJA } });

/** A resource only Poland's members read: Latvia's coordinator may not. */
const polishResource = (title: string) =>
  resource('member.pl', { title, visibility: 'SCOPE', scope: { level: 'NATIONAL', countryCode: 'PL' } });

async function links(id: string, who: DemoAccountName | null) {
  const result = await app.gql(LINKS, { id }, await as(who));
  expect(result.errors).toBeUndefined();
  return result.data!.resourceLinks as { kind: string; id: string; title: string; path: string }[];
}

/** The html of a thread's last post as `who` reads it. */
async function lastPostHtml(threadId: string, who: DemoAccountName | null): Promise<string> {
  const result = await app.gql(POST, { id: threadId }, await as(who));
  expect(result.errors).toBeUndefined();
  return result.data!.thread.posts.edges.at(-1).node.html;
}

const link = (id: string, title: string) => `[${title}](resource:${id})`;

describe('resource links from forum posts', () => {
  it('shows each reader the titles of the resources they read, and neutral text for the others', async () => {
    const shared = await resource('member.lv', { title: 'Labour inspection checklist' });
    const local = await localResource('Liepāja shelter intake form');
    const forum = await makeForum(app, { visibility: 'NETWORK' });
    const thread = await makeThread(app, forum.id, 'member.lv');
    const posted = await reply(app, thread.id, 'member.lv', `See ${link(shared.id, 'x')} and ${link(local.id, 'y')}.`);
    expect(posted.errors).toBeUndefined();
    const author = await lastPostHtml(thread.id, 'member.lv');
    expect(author).toContain(`<a href="/library/${shared.id}" class="resource">Labour inspection checklist</a>`);
    expect(author).toContain(`<a href="/library/${local.id}" class="resource">Liepāja shelter intake form</a>`);
    const elsewhere = await lastPostHtml(thread.id, 'member.pl');
    expect(elsewhere).toContain(`<a href="/library/${shared.id}" class="resource">Labour inspection checklist</a>`);
    expect(elsewhere).not.toContain('Liepāja shelter intake form');
    expect(elsewhere).not.toContain(local.id);
    expect(elsewhere).toContain('and a library resource.');
    const postId = posted.data!.addPost.id;
    expect(await links(shared.id, 'member.pl')).toEqual([
      { kind: 'POST', id: postId, title: 'Referral of a labour exploitation case', path: `/t/${thread.id}#post-${postId}` },
    ]);
    expect((await links(local.id, 'member.lv')).map((place) => place.id)).toEqual([postId]);
    expect(await links(local.id, 'member.pl')).toEqual([]);
  });

  it('gives anonymous readers of a public forum the titles of public resources only', async () => {
    const open = await resource('member.lv', { title: 'Public awareness poster', visibility: 'PUBLIC' });
    const members = await resource('member.lv', { title: 'Members-only referral memo' });
    const thread = await makeThread(app, (await makeForum(app, { visibility: 'PUBLIC' })).id, 'member.lv');
    expect((await reply(app, thread.id, 'member.lv', `${link(open.id, 'a')} ${link(members.id, 'b')}`)).errors).toBeUndefined();
    const anonymous = await lastPostHtml(thread.id, null);
    expect(anonymous).toContain(`<a href="/library/${open.id}" class="resource">Public awareness poster</a>`);
    expect(anonymous).not.toContain('Members-only referral memo');
    expect(anonymous).not.toContain(members.id);
    expect((await links(open.id, null)).map((place) => place.kind)).toEqual(['POST']);
    expect(await links(members.id, null)).toEqual([]);
  });

  it('never lists a closed group’s post to outsiders', async () => {
    const shared = await resource('member.lv', { title: 'Group-discussed protocol' });
    const group = await makeForum(app, { visibility: 'GROUP', level: 'NATIONAL', countryCode: 'LV' });
    const added = await app.gql(
      `mutation ($input: ForumPeopleInput!) { addForumMembers(input: $input) { id } }`,
      { input: { forumId: group.id, userIds: [await userIdOf(app, 'member.lv')] } },
      await as('admin'),
    );
    expect(added.errors).toBeUndefined();
    const thread = await makeThread(app, group.id, 'member.lv', { source: `Draft per ${link(shared.id, 'protocol')}` });
    expect((await links(shared.id, 'member.lv')).map((place) => place.kind)).toEqual(['POST']);
    expect(await links(shared.id, 'member.pl')).toEqual([]);
    expect(await links(shared.id, 'coordinator.lt')).toEqual([]);
    expect(thread.postCount).toBe(1);
  });

  it('refuses a link to a resource its author may not read, and writes nothing', async () => {
    const local = await localResource('Liepāja only');
    const thread = await makeThread(app, (await makeForum(app)).id, 'member.pl');
    const refused = await reply(app, thread.id, 'member.pl', link(local.id, 'guess'));
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'source', message: expect.stringContaining('library') }]);
    expect(await links(local.id, 'admin')).toEqual([]);
  });

  it('forgets a removed or purged post', async () => {
    const shared = await resource('member.lv', { title: 'Soon unlinked' });
    const thread = await makeThread(app, (await makeForum(app)).id, 'member.lv');
    const removed = (await reply(app, thread.id, 'member.lv', link(shared.id, 'a'))).data!.addPost.id;
    const purged = (await reply(app, thread.id, 'member.lv', link(shared.id, 'b'))).data!.addPost.id;
    expect((await links(shared.id, 'member.lv')).map((place) => place.id).toSorted()).toEqual([removed, purged].toSorted());
    const deleted = await app.gql(`mutation ($id: ID!) { deletePost(id: $id) { removed } }`, { id: removed }, await as('member.lv'));
    expect(deleted.data?.deletePost.removed).toBe(true);
    const purge = await app.gql(
      `mutation ($id: ID!, $input: ReasonInput!) { purgePost(postId: $id, input: $input) { purged } }`,
      { id: purged, input: { reason: 'Off topic', confirmations: [] } },
      await as('admin'),
    );
    expect(purge.errors).toBeUndefined();
    expect(await links(shared.id, 'admin')).toEqual([]);
  });
});

const PATHWAY = `query ($m: ID) { referralPathway(municipalityId: $m) {
  latestVersion published { steps { id resources { id title } } } draft { steps { id resources { id title } } } } }`;
const SAVE = `mutation ($input: SavePathwayDraftInput!) { savePathwayDraft(input: $input) { id latestVersion } }`;
const PUBLISH = `mutation ($input: PublishPathwayInput!) { publishPathway(input: $input) { latestVersion } }`;

const step = (position: number, resourceIds: string[]) => ({
  id: randomUUID(),
  position,
  stage: 'IDENTIFICATION',
  action: `Step ${position}`,
  targetGroups: ['ADULT_WOMEN'],
  resourceIds,
});

async function saveDraft(steps: ReturnType<typeof step>[], reason: string, editor: DemoAccountName = 'coordinator.lv') {
  const cookie = await as(editor);
  const current = (await app.gql(PATHWAY, { m: JELGAVA }, cookie)).data!.referralPathway?.latestVersion ?? 0;
  const saved = await app.gql(
    SAVE,
    { input: { versionId: randomUUID(), municipalityId: JELGAVA, expectedVersion: current, reason, steps } },
    cookie,
  );
  return saved;
}

describe('resource links from pathway steps', () => {
  it('lists a draft step to its editors only, a published one to members, and forgets a removed step', async () => {
    const form = await resource('member.lv', { title: 'Jelgava referral form' });
    const polish = await resource('member.pl', {
      title: 'Polish intake guidance',
      visibility: 'SCOPE',
      scope: { level: 'NATIONAL', countryCode: 'PL' },
    });
    const refused = await saveDraft([step(1, [polish.id])], 'Not ours to read');
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'steps.0.resourceIds', message: expect.any(String) }]);
    const linked = step(1, [form.id]);
    const saved = await saveDraft([linked, step(2, [])], 'Added the referral form');
    expect(saved.errors).toBeUndefined();
    const place = { kind: 'PATHWAY_STEP', id: linked.id, title: 'Jelgava: Step 1', path: `/m/${JELGAVA}` };
    expect(await links(form.id, 'coordinator.lv')).toEqual([place]);
    expect(await links(form.id, 'member.pl')).toEqual([]);
    const draft = (await app.gql(PATHWAY, { m: JELGAVA }, await as('coordinator.lv'))).data!.referralPathway.draft;
    expect(draft.steps[0]).toEqual({ id: linked.id, resources: [{ id: form.id, title: 'Jelgava referral form' }] });
    const published = await app.gql(
      PUBLISH,
      {
        input: {
          pathwayId: saved.data!.savePathwayDraft.id,
          number: saved.data!.savePathwayDraft.latestVersion,
          expectedVersion: saved.data!.savePathwayDraft.latestVersion,
        },
      },
      await as('coordinator.lv'),
    );
    expect(published.errors).toBeUndefined();
    expect(await links(form.id, 'member.pl')).toEqual([place]);
    expect(await links(form.id, null)).toEqual([]);
    const removal = await saveDraft([{ ...linked, resourceIds: [] }], 'The form moved to the guidance');
    expect(removal.errors).toBeUndefined();
    // The published step still links it; the draft no longer does.
    expect(await links(form.id, 'member.pl')).toEqual([place]);
    const next = removal.data!.savePathwayDraft;
    await app.gql(
      PUBLISH,
      { input: { pathwayId: next.id, number: next.latestVersion, expectedVersion: next.latestVersion } },
      await as('coordinator.lv'),
    );
    expect(await links(form.id, 'coordinator.lv')).toEqual([]);
  });
});

/** The steps of Jelgava's pathway draft with their resources, as `who` reads them. */
async function draftAs(who: DemoAccountName) {
  const result = await app.gql(PATHWAY, { m: JELGAVA }, await as(who));
  return result.data!.referralPathway.draft.steps as { id: string; resources: { id: string }[] }[];
}

describe('resources on a step that its next editor may not read', () => {
  it('stay on the step when that editor saves it, beside the ones they change', async () => {
    const polish = await polishResource('Polish return guidance');
    const form = await resource('member.lv', { title: 'Jelgava return form' });
    const linked = { ...step(1, [polish.id]), stage: 'RETURN_AND_REINTEGRATION' };
    expect((await saveDraft([linked], 'Guidance for returns from Poland', 'admin')).errors).toBeUndefined();
    // The coordinator's editor shows no Polish guidance; they add their own form and save what they see.
    expect((await draftAs('coordinator.lv'))[0]!.resources).toEqual([]);
    expect((await saveDraft([{ ...linked, resourceIds: [form.id] }], 'Added the return form')).errors).toBeUndefined();
    const ids = (await draftAs('admin'))[0]!.resources.map((r) => r.id).toSorted();
    expect(ids).toEqual([form.id, polish.id].toSorted());
    expect((await draftAs('coordinator.lv'))[0]!.resources.map((r) => r.id)).toEqual([form.id]);
  });
});

const SET = `mutation ($input: SetGuidelineStatusInput!) { setGuidelineStatus(input: $input) { items { actionPoint { key } version } } }`;
const TRACKER = `query ($m: ID!) { guidelineProgress(municipalityId: $m) { items { actionPoint { key } version evidenceResource { id title } } } }`;

async function trackerItem(who: DemoAccountName, key: string) {
  const result = await app.gql(TRACKER, { m: LIEPAJA }, await as(who));
  expect(result.errors).toBeUndefined();
  return result.data!.guidelineProgress.items.find((item: { actionPoint: { key: string } }) => item.actionPoint.key === key);
}

describe('resource links from guideline evidence', () => {
  it('takes a resource as evidence and lists it to the tracker’s readers only', async () => {
    const evidence = await resource('member.lv', { title: 'Cooperation agreement template' });
    const local = await localResource('Liepāja council decision');
    const set = async (evidenceResourceId: string) =>
      app.gql(
        SET,
        {
          input: {
            clientId: randomUUID(),
            municipalityId: LIEPAJA,
            actionPointKey: 'AP05',
            expectedVersion: (await trackerItem('member.lv', 'AP05')).version,
            status: 'IN_PLACE',
            evidenceResourceId,
          },
        },
        await as('member.lv'),
      );
    const unknown = await set(randomUUID());
    expect(unknown.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.evidenceResourceId', message: expect.any(String) }]);
    expect((await set(evidence.id)).errors).toBeUndefined();
    expect((await trackerItem('coordinator.lv', 'AP05')).evidenceResource).toEqual({
      id: evidence.id,
      title: 'Cooperation agreement template',
    });
    const [place] = await links(evidence.id, 'coordinator.lv');
    expect(place).toMatchObject({ kind: 'GUIDELINE_EVIDENCE', path: `/m/${LIEPAJA}` });
    expect(place!.title).toMatch(/^Liepāja: AP05 /);
    expect(await links(evidence.id, 'member.pl')).toEqual([]);
    expect((await set(local.id)).errors).toBeUndefined();
    expect(await links(evidence.id, 'coordinator.lv')).toEqual([]);
    expect((await links(local.id, 'member.lv')).map((found) => found.kind)).toEqual(['GUIDELINE_EVIDENCE']);
  });
});

describe('an evidence resource its next editor may not read', () => {
  it('stays when that editor reviews the status without naming one', async () => {
    const polish = await polishResource('Polish cooperation model');
    const review = async (who: DemoAccountName, evidenceResourceId: string | null) =>
      app.gql(
        SET,
        {
          input: {
            clientId: randomUUID(),
            municipalityId: LIEPAJA,
            actionPointKey: 'AP06',
            expectedVersion: (await trackerItem('admin', 'AP06')).version,
            status: 'IN_PROGRESS',
            evidenceResourceId,
          },
        },
        await as(who),
      );
    expect((await review('admin', polish.id)).errors).toBeUndefined();
    expect((await trackerItem('member.lv', 'AP06')).evidenceResource).toBeNull();
    expect((await review('member.lv', null)).errors).toBeUndefined();
    expect((await trackerItem('admin', 'AP06')).evidenceResource).toEqual({ id: polish.id, title: 'Polish cooperation model' });
  });
});

describe('resourceLinks cost', () => {
  it('takes the same statements at 2 and 12 linking posts', async () => {
    const shared = await resource('member.lv', { title: 'Much linked' });
    const thread = await makeThread(app, (await makeForum(app)).id, 'member.lv');
    // Only the read model's statements: the replies' notices run beside it, in the outbox's own transactions.
    const statements = async () =>
      (await app.countStatements(() => links(shared.id, 'member.pl'))).filter(
        (statement) => statement.includes('resource') || statement.includes('role_assignment'),
      );
    for (let i = 0; i < 2; i++) await reply(app, thread.id, 'member.lv', link(shared.id, 'x'));
    await settleNotices(app);
    const few = await statements();
    for (let i = 0; i < 10; i++) await reply(app, thread.id, 'member.lv', link(shared.id, 'x'));
    await settleNotices(app);
    const many = await statements();
    expect((await links(shared.id, 'member.pl')).length).toBe(12);
    expect(many).toEqual(few);
    expect(many.filter((statement) => statement.includes('p.resource_ids @>'))).toHaveLength(1);
  });
});
