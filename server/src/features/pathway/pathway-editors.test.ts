import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';

let app: TestApp;
let jelgava: string;

const PATHWAY = `query ($m: ID) { referralPathway(municipalityId: $m) {
  id latestVersion editorExpertIds editors { expertId fullName } viewerCan { edit nameEditors } } }`;
const SET_EDITORS = `mutation ($input: SetPathwayEditorsInput!) { setPathwayEditors(input: $input) { editors { expertId fullName } } }`;
const SAVE = `mutation ($input: SavePathwayDraftInput!) { savePathwayDraft(input: $input) { latestVersion } }`;

async function row<T>(sql: string, params: unknown[]): Promise<T> {
  const [found] = await app.orm.em.fork().getConnection().execute<T[]>(sql, params);
  return found!;
}

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  jelgava = (await row<{ id: string }>(`select id from municipality where name = ?`, ['Jelgava'])).id;
});
afterAll(() => app?.close());

describe('naming a pathway’s editors', () => {
  it('lets a coordinator name a member, who then edits; the names are shown to those who name editors only', async () => {
    const coordinator = await app.cookieOf('coordinator.lv');
    const member = await row<{ expertId: string; fullName: string }>(
      `select e.id as "expertId", e.full_name as "fullName" from app_user u join expert e on e.id = u.expert_id where u.email = ?`,
      [demoEmail('member.pl')],
    );
    const pathway = (await app.gql(PATHWAY, { m: jelgava }, { as: coordinator })).data!.referralPathway;
    expect(pathway.viewerCan.nameEditors).toBe(true);
    const asMember = await app.cookieOf('member.pl');
    expect((await app.gql(PATHWAY, { m: jelgava }, { as: asMember })).data!.referralPathway.viewerCan.edit).toBe(false);

    const named = await app.gql(SET_EDITORS, { input: { pathwayId: pathway.id, expertIds: [member.expertId] } }, { as: coordinator });
    expect(named.errors).toBeUndefined();
    expect(named.data!.setPathwayEditors.editors).toEqual([member]);

    const seen = (await app.gql(PATHWAY, { m: jelgava }, { as: asMember })).data!.referralPathway;
    expect(seen.viewerCan).toEqual({ edit: true, nameEditors: false });
    expect(seen.editors).toBeNull();
    expect(seen.editorExpertIds).toBeNull();
    const input = {
      versionId: randomUUID(),
      municipalityId: jelgava,
      expectedVersion: seen.latestVersion,
      reason: 'Named editor',
      steps: [],
    };
    expect((await app.gql(SAVE, { input }, { as: asMember })).data!.savePathwayDraft.latestVersion).toBe(seen.latestVersion + 1);

    const cleared = await app.gql(SET_EDITORS, { input: { pathwayId: pathway.id, expertIds: [] } }, { as: coordinator });
    expect(cleared.data!.setPathwayEditors.editors).toEqual([]);
    expect((await app.gql(PATHWAY, { m: jelgava }, { as: asMember })).data!.referralPathway.viewerCan.edit).toBe(false);
  });

  it('refuses an unknown member and leaves the list as it was', async () => {
    const coordinator = await app.cookieOf('coordinator.lv');
    const pathway = (await app.gql(PATHWAY, { m: jelgava }, { as: coordinator })).data!.referralPathway;
    const refused = await app.gql(SET_EDITORS, { input: { pathwayId: pathway.id, expertIds: [randomUUID()] } }, { as: coordinator });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const after = (await app.gql(PATHWAY, { m: jelgava }, { as: coordinator })).data!.referralPathway;
    expect(after.editorExpertIds).toEqual(pathway.editorExpertIds);
  });
});
