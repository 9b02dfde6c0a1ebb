import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import { activityInput, LIEPAJA, saveActivity } from './prevention.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const count = async (id: string) => {
  const [row] = await sql<{ n: string }>(app, `select count(*) as n from prevention_activity where id = ?`, [id]);
  return Number(row!.n);
};
const READ = `query ($id: ID!) { preventionActivity(id: $id) { id title viewerCan { edit delete } } }`;
const DELETE = `mutation ($id: ID!) { deletePreventionActivity(id: $id) }`;

/** Two active organisations of Liepāja, and one organisation member.lv edits. */
async function organisations() {
  const liepaja = await sql<{ id: string; name: string }>(
    app,
    `select id, name from organisation where municipality_id = ? and status = 'ACTIVE' order by name limit 2`,
    [LIEPAJA],
  );
  const [edited] = await sql<{ id: string }>(
    app,
    `select e.organisation_id as id from organisation_editor e join app_user u on u.id = e.user_id
       where u.email = 'member.lv@demo.strom.invalid' limit 1`,
  );
  return { liepaja, editedId: edited!.id };
}

describe('a prevention activity', () => {
  it('is saved with its place, partners in order and materials, and created once when the client retries', async () => {
    const { liepaja } = await organisations();
    const input = activityInput({ partnerIds: [liepaja[1]!.id, liepaja[0]!.id] });
    const first = await saveActivity(app, 'member.pl', input);
    expect(first.errors).toBeUndefined();
    const saved = first.data!.savePreventionActivity;
    expect(saved.scope).toEqual({ level: 'LOCAL', country: { code: 'LV' }, municipality: { id: LIEPAJA, name: 'Liepāja' } });
    expect(saved.partners).toEqual([liepaja[1], liepaja[0]]);
    expect(saved.materials).toEqual([{ title: 'Workshop guide', url: 'https://example.org/guide.pdf' }]);
    expect(saved.viewerCan).toEqual({ edit: true, delete: true });
    const again = await saveActivity(app, 'member.pl', { ...input, title: 'A retry changes nothing' });
    expect(again.data!.savePreventionActivity).toMatchObject({ version: 1, title: 'Peer education on safe travel' });
    expect(await count(input.id)).toBe(1);
  });

  it('refuses a stale edit with CONFLICT and keeps the newer version', async () => {
    const input = activityInput();
    await saveActivity(app, 'member.pl', input);
    const newer = await saveActivity(app, 'member.pl', { ...input, expectedVersion: 1, peopleReached: 150 });
    expect(newer.data!.savePreventionActivity.version).toBe(2);
    const stale = await saveActivity(app, 'member.pl', { ...input, expectedVersion: 1, peopleReached: 99 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [row] = await sql<{ people_reached: number }>(app, `select people_reached from prevention_activity where id = ?`, [input.id]);
    expect(row!.people_reached).toBe(150);
  });

  it('lets a partner’s editor and the country’s coordinator correct it, but only the author and coordinator delete it', async () => {
    const { editedId } = await organisations();
    const input = activityInput({ partnerIds: [editedId] });
    await saveActivity(app, 'member.pl', input);
    const member = await app.cookieOf('member.lv');
    expect((await app.gql(READ, { id: input.id }, { as: member })).data!.preventionActivity.viewerCan).toEqual({
      edit: true,
      delete: false,
    });
    const edited = await saveActivity(app, 'member.lv', { ...input, expectedVersion: 1, lessons: 'Partners add their lessons.' });
    expect(edited.data!.savePreventionActivity.lessons).toBe('Partners add their lessons.');
    expect((await app.gql(DELETE, { id: input.id }, { as: member })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lithuania = await saveActivity(app, 'coordinator.lt', { ...input, expectedVersion: 2, title: 'Taken over' });
    expect(lithuania.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const latvia = await app.gql(DELETE, { id: input.id }, { as: await app.cookieOf('coordinator.lv') });
    expect(latvia.data!.deletePreventionActivity).toBe(input.id);
    expect(await count(input.id)).toBe(0);
  });

  it('is read by members only unless made PUBLIC: then a visitor reads it too, without who added it', async () => {
    const input = activityInput();
    await saveActivity(app, 'member.pl', input);
    expect((await app.gql(READ, { id: input.id })).data!.preventionActivity).toBeNull();
    const other = await app.gql(READ, { id: input.id }, { as: await app.cookieOf('member.lv') });
    expect(other.data!.preventionActivity).toEqual({ id: input.id, title: input.title, viewerCan: { edit: false, delete: false } });
    expect((await saveActivity(app, null, activityInput())).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const shared = await saveActivity(app, 'member.pl', { ...input, expectedVersion: 1, visibility: 'PUBLIC' });
    expect(shared.errors).toBeUndefined();
    const PUBLIC_READ = `query ($id: ID!) { preventionActivity(id: $id) { id visibility authorName viewerCan { edit delete } } }`;
    expect((await app.gql(PUBLIC_READ, { id: input.id })).data!.preventionActivity).toEqual({
      id: input.id,
      visibility: 'PUBLIC',
      authorName: null,
      viewerCan: { edit: false, delete: false },
    });
    const member = await app.gql(PUBLIC_READ, { id: input.id }, { as: await app.cookieOf('member.lv') });
    expect(member.data!.preventionActivity.authorName).toEqual(expect.any(String));
  });
});

describe('bad input', () => {
  it('refuses victim data in its results until the author confirms it, and writes nothing', async () => {
    const input = activityInput({ results: 'Anna Bērziņa, victim, born 12.03.1990, came to the shelter after the workshop.' });
    const refused = await saveActivity(app, 'member.lv', input);
    expect(refused.errors?.[0]?.extensions?.guardrail).toBeTruthy();
    expect(await count(input.id)).toBe(0);
  });

  it('names the field of a period ending before it starts, an unknown partner, a bad place and a negative reach', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsOn: '2026-01-01' }, 'input.endsOn'],
      [{ partnerIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.partnerIds'],
      [{ scope: { level: 'REGIONAL', countryCode: 'LV' } }, 'input.scope'],
      [{ startsOn: '1980-01-01', endsOn: null }, 'input.startsOn'],
    ];
    for (const [overrides, field] of cases) {
      const input = activityInput(overrides);
      const result = await saveActivity(app, 'member.lv', input);
      expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]?.field, field).toBe(field);
      expect(await count(input.id)).toBe(0);
    }
    const negative = await saveActivity(app, 'member.lv', activityInput({ peopleReached: -5 }));
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(negative.errors?.[0]?.extensions)).toContain('peopleReached cannot be negative');
  });
});
