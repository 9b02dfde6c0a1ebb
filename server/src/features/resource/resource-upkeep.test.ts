import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { sql } from '../meeting/meeting.test-support.js';
import { minimalPdf } from './minimal-pdf.js';
import { resourceUploadSweep } from './resource-upkeep.jobs.js';
import { CREATE, resourceInput, upload } from './resource.test-support.js';

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

/** Uploads a PDF and returns its receipt and blob ids. */
async function uploaded(words: string): Promise<{ receiptId: string; blobId: string }> {
  const receipt = await upload(app, member, minimalPdf([words]), 'paper.pdf');
  expect(receipt.status).toBe(201);
  const [row] = await sql<{ blob_id: string }>(app, `select blob_id from resource_upload where id = ?`, [receipt.body.id]);
  return { receiptId: receipt.body.id as string, blobId: row!.blob_id };
}

const blobExists = async (blobId: string) => (await sql(app, `select 1 from resource_blob where id = ?`, [blobId])).length === 1;
const chunksOf = async (blobId: string) =>
  (await sql<{ n: number }>(app, `select count(*)::int as n from resource_blob_chunk where blob_id = ?`, [blobId]))[0]!.n;

describe('library: the upload sweep', () => {
  it('removes receipts never redeemed within a day and the bytes only they held, and keeps a resource’s file', async () => {
    const abandoned = await uploaded('Abandoned draft of a referral leaflet');
    const fresh = await uploaded('Fresh upload, still being described');
    const kept = await uploaded('Guideline that became a resource');
    const created = await app.gql(CREATE, { input: resourceInput({ url: null, uploadId: kept.receiptId }) }, { as: member });
    expect(created.errors).toBeUndefined();
    // Age the abandoned and the kept file past both limits; the fresh one stays new.
    for (const { blobId } of [abandoned, kept]) {
      await sql(app, `update resource_upload set created_at = now() - interval '2 days' where blob_id = ?`, [blobId]);
      await sql(app, `update resource_blob set created_at = now() - interval '2 hours' where id = ?`, [blobId]);
    }
    expect(await chunksOf(abandoned.blobId)).toBeGreaterThan(0);

    await resourceUploadSweep.run(app.commandDeps());

    expect(await blobExists(abandoned.blobId)).toBe(false);
    expect(await chunksOf(abandoned.blobId)).toBe(0);
    expect(await sql(app, `select 1 from resource_upload where id = ?`, [abandoned.receiptId])).toHaveLength(0);
    expect(await blobExists(fresh.blobId)).toBe(true);
    expect(await sql(app, `select 1 from resource_upload where id = ?`, [fresh.receiptId])).toHaveLength(1);
    expect(await blobExists(kept.blobId)).toBe(true);
    const download = await fetch(`${app.url}${created.data!.createResource.file.downloadUrl}`, { headers: { cookie: member } });
    expect(download.status).toBe(200);
  });

  it('removes a blob a crash left half-written once it is an hour old, not before', async () => {
    const [blob] = await sql<{ id: string }>(
      app,
      `insert into resource_blob (id, size, content_type, complete, created_at)
         values (gen_random_uuid(), 10, 'application/pdf', false, now() - interval '2 hours') returning id`,
    );
    const [young] = await sql<{ id: string }>(
      app,
      `insert into resource_blob (id, size, content_type, complete, created_at)
         values (gen_random_uuid(), 10, 'application/pdf', false, now()) returning id`,
    );
    await resourceUploadSweep.run(app.commandDeps());
    expect(await blobExists(blob!.id)).toBe(false);
    expect(await blobExists(young!.id)).toBe(true);
  });
});
