import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoAccountName, startTestApp, type TestApp } from '../../test/harness.js';
import { CREATE, resourceInput } from '../resource/resource.test-support.js';
import { activityInput, LIEPAJA, saveActivity } from './prevention.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const as = async (who: DemoAccountName | null) => ({ as: who ? await app.cookieOf(who) : null });
const MATERIALS = `materials { title url resource { id kind title } }`;
const READ = `query ($id: ID!) { preventionActivity(id: $id) { id ${MATERIALS} } }`;
const LIST = `query ($first: Int) { preventionActivities(first: $first) { edges { node { id ${MATERIALS} } } } }`;
const LINKS = `query ($id: ID!) { resourceLinks(resourceId: $id) { kind id title } }`;

async function resource(who: DemoAccountName, overrides: Record<string, unknown> = {}) {
  const created = await app.gql(CREATE, { input: resourceInput(overrides) }, await as(who));
  expect(created.errors).toBeUndefined();
  return created.data!.createResource as { id: string; title: string };
}

describe('prevention: materials from the library', () => {
  it('names library resources beside links, shows each only to its readers, and the resource lists the activity', async () => {
    const shared = await resource('member.lv', { title: 'Safe travel leaflet', kind: 'CAMPAIGN' });
    const local = await resource('member.lv', {
      title: 'Liepāja school plan',
      visibility: 'SCOPE',
      scope: { level: 'LOCAL', municipalityId: LIEPAJA },
    });
    const input = activityInput({
      title: 'Safe travel lessons with library materials',
      materials: [{ resourceId: shared.id }, { title: 'Workshop guide', url: 'https://example.org/guide.pdf' }, { resourceId: local.id }],
    });
    const saved = await saveActivity(app, 'member.lv', input);
    expect(saved.errors).toBeUndefined();
    const materials = async (who: DemoAccountName) =>
      (await app.gql(READ, { id: input.id }, await as(who))).data!.preventionActivity.materials;
    expect(await materials('member.lv')).toEqual([
      {
        title: 'Safe travel leaflet',
        url: `/library/${shared.id}`,
        resource: { id: shared.id, kind: 'CAMPAIGN', title: 'Safe travel leaflet' },
      },
      { title: 'Workshop guide', url: 'https://example.org/guide.pdf', resource: null },
      {
        title: 'Liepāja school plan',
        url: `/library/${local.id}`,
        resource: { id: local.id, kind: 'GUIDELINE', title: 'Liepāja school plan' },
      },
    ]);
    // A member elsewhere does not learn that the local resource exists.
    expect((await materials('member.pl')).map((material: { title: string }) => material.title)).toEqual([
      'Safe travel leaflet',
      'Workshop guide',
    ]);
    const links = async (id: string, who: DemoAccountName | null) => (await app.gql(LINKS, { id }, await as(who))).data!.resourceLinks;
    expect(await links(shared.id, 'member.pl')).toEqual([{ kind: 'PREVENTION_ACTIVITY', id: input.id, title: input.title }]);
    expect(await links(local.id, 'member.lv')).toEqual([{ kind: 'PREVENTION_ACTIVITY', id: input.id, title: input.title }]);
    expect(await links(local.id, 'member.pl')).toEqual([]);
    expect(await links(shared.id, null)).toEqual([]);
  });

  it('refuses a resource its author may not read, and a material that is both a resource and a link', async () => {
    const local = await resource('member.lv', { visibility: 'SCOPE', scope: { level: 'LOCAL', municipalityId: LIEPAJA } });
    const hidden = await saveActivity(app, 'member.pl', activityInput({ materials: [{ resourceId: local.id }] }));
    expect(hidden.errors![0]!.extensions!.fieldErrors[0].field).toBe('input.materials.0.resourceId');
    const both = await saveActivity(
      app,
      'member.lv',
      activityInput({ materials: [{ resourceId: local.id, url: 'https://example.org/x' }] }),
    );
    expect(both.errors![0]!.extensions!.fieldErrors[0].field).toBe('input.materials.0.url');
    const linkWithoutTitle = await saveActivity(app, 'member.lv', activityInput({ materials: [{ url: 'https://example.org/x' }] }));
    expect(linkWithoutTitle.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reads the resources of a whole page in one statement, the same at 2 and 50 activities', async () => {
    const named = await resource('member.lv', { title: 'Paged resource' });
    const latest = activityInput({ startsOn: '2099-01-01', endsOn: null, materials: [{ resourceId: named.id }] });
    expect((await saveActivity(app, 'member.lv', latest)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) await saveActivity(app, 'member.lv', activityInput({ materials: [{ resourceId: named.id }] }));
    const cookie = await app.cookieOf('member.pl');
    const run = (first: number) => app.countStatements(() => app.gql(LIST, { first }, { as: cookie }));
    const small = await run(2);
    const large = await run(50);
    expect(small.filter((statement) => statement.includes('from resource r'))).toHaveLength(1);
    expect(large).toHaveLength(small.length);
    const page = (await app.gql(LIST, { first: 2 }, { as: cookie })).data!.preventionActivities.edges;
    expect(page[0].node.id).toBe(latest.id);
    expect(page[0].node.materials).toEqual([
      { title: 'Paged resource', url: `/library/${named.id}`, resource: { id: named.id, kind: 'GUIDELINE', title: 'Paged resource' } },
    ]);
  });
});
