import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoAccountName, startTestApp, type TestApp } from '../../test/harness.js';
import { minimalPdf } from './minimal-pdf.js';
import { blobRows, CREATE, resourceInput, UPDATE, upload } from './resource.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const as = async (who: DemoAccountName | null) => ({ as: who ? await app.cookieOf(who) : null });
const uniqueWord = () =>
  `e${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
const SEARCH = `query ($text: String) { resources(first: 10, filter: { text: $text }) { edges { node { id } } } }`;
const found = async (text: string) =>
  ((await app.gql(SEARCH, { text }, await as('member.lv'))).data!.resources.edges as { node: { id: string } }[]).map((e) => e.node.id);

async function created(who: DemoAccountName, overrides: Record<string, unknown> = {}) {
  const input = resourceInput(overrides);
  const result = await app.gql(CREATE, { input }, await as(who));
  expect(result.errors).toBeUndefined();
  return input;
}
const edit = async (who: DemoAccountName, input: Record<string, unknown>, changes: Record<string, unknown>, expectedVersion = 1) =>
  app.gql(UPDATE, { input: { ...input, expectedVersion, ...changes } }, await as(who));

describe('library: editing a resource', () => {
  it('saves the author’s change at the loaded version, re-indexes it, audit-logs it and refuses a stale version', async () => {
    const [oldWord, newWord] = [uniqueWord(), uniqueWord()];
    const input = await created('member.lv', { title: `Shelter guide ${oldWord}`, visibility: 'PUBLIC' });
    expect(await found(oldWord)).toEqual([input.id]);
    const saved = await edit('member.lv', input, { title: `Shelter guide ${newWord}`, summary: 'Revised in 2025.', year: 2025 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateResource).toMatchObject({
      title: `Shelter guide ${newWord}`,
      summary: 'Revised in 2025.',
      year: 2025,
      version: 2,
    });
    expect(await found(newWord)).toEqual([input.id]);
    expect(await found(oldWord)).toEqual([]);
    const feed = await (await fetch(`${app.url}/feeds/resources.atom`)).text();
    expect(feed).toContain(`Shelter guide ${newWord}`);
    expect(feed).not.toContain(oldWord);
    const stale = await edit('member.lv', input, { title: 'A stale change' });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    const [audits] = await app.orm.em
      .fork()
      .execute<{ n: number }[]>(`select count(*)::int as n from audit_event where action = 'RESOURCE_EDITED' and subject_id = ?`, [
        input.id,
      ]);
    expect(audits!.n).toBe(1);
  });

  it('lets its organisation’s editors, its country’s coordinators and admins edit, not other members', async () => {
    const input = await created('member.lv', { scope: { level: 'NATIONAL', countryCode: 'LV' } });
    const refused = await edit('member.pl', input, { title: 'Not mine to change' });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await edit('coordinator.lt', input, { title: 'Not my country' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await edit('coordinator.lv', input, { title: 'Corrected by the coordinator' })).data!.updateResource.version).toBe(2);
    expect((await edit('admin', input, { title: 'Corrected by an admin' }, 2)).data!.updateResource.version).toBe(3);
    // member.pl becomes an editor of the organisation member.lv added it for.
    const em = app.orm.em.fork();
    const [resource] = await em.execute<{ organisation_id: string | null }[]>(`select organisation_id from resource where id = ?`, [
      input.id,
    ]);
    expect(resource!.organisation_id).not.toBeNull();
    await em.execute(
      `insert into organisation_editor (user_id, organisation_id) select id, ? from app_user where email = 'member.pl@demo.strom.invalid'`,
      [resource!.organisation_id],
    );
    try {
      const permitted = await edit('member.pl', input, { title: 'Corrected by an editor of its organisation' }, 3);
      expect(permitted.data!.updateResource).toMatchObject({ version: 4, viewerCan: { edit: true, delete: false } });
    } finally {
      await em.execute(
        `delete from organisation_editor where organisation_id = ? and user_id = (select id from app_user where email = ?)`,
        [resource!.organisation_id, 'member.pl@demo.strom.invalid'],
      );
    }
    const unknown = await edit('admin', { ...input, id: randomUUID() }, {});
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('checks the new texts with the guardrail and writes nothing when they hold victim data', async () => {
    const input = await created('member.lv');
    const refused = await edit('member.lv', input, { summary: 'The victim, born 12.03.1990, called +371 2612 3456 from the shelter.' });
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.guardrail.findings.length).toBeGreaterThan(0);
    const [row] = await app.orm.em
      .fork()
      .execute<{ summary: string; version: number }[]>(`select summary, version from resource where id = ?`, [input.id]);
    expect(row).toEqual({ summary: input.summary, version: 1 });
  });

  it('replaces a link with a file and a file with a link, keeping a file when neither is sent; replaced bytes go', async () => {
    const member = await app.cookieOf('member.lv');
    const word = uniqueWord();
    const input = await created('member.lv');
    const receipt = await upload(app, member, minimalPdf([`Replacement ${word}`]), 'replacement.pdf');
    expect(receipt.status).toBe(201);
    const withFile = await edit('member.lv', input, { url: null, uploadId: receipt.body.id });
    expect(withFile.data!.updateResource).toMatchObject({ url: null, file: { fileName: 'replacement.pdf', textIndexed: true } });
    expect(await found(word)).toEqual([input.id]);
    const kept = await edit('member.lv', input, { url: null, title: 'Same file, new title' }, 2);
    expect(kept.data!.updateResource).toMatchObject({ title: 'Same file, new title', file: { fileName: 'replacement.pdf' } });
    expect(await found(word)).toEqual([input.id]);
    const before = await blobRows(app);
    const withLink = await edit('member.lv', input, { url: 'https://example.org/new-home', title: 'Moved' }, 3);
    expect(withLink.data!.updateResource).toMatchObject({ url: 'https://example.org/new-home', file: null });
    expect((await blobRows(app)).blobs).toBe(before.blobs - 1);
    const both = await edit('member.lv', input, { uploadId: randomUUID() }, 4);
    expect(both.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const neither = await edit('member.lv', input, { url: null }, 4);
    expect(neither.errors![0]!.extensions!.fieldErrors[0].field).toBe('input.url');
  });
});
