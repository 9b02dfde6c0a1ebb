import { randomUUID } from 'node:crypto';
import { RESOURCE_FILE_MAX_BYTES } from '@strom/shared';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { minimalPdf } from './minimal-pdf.js';
import { blobRows, CREATE, resourceInput, upload } from './resource.test-support.js';

let app: TestApp;
let member: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

const byText = (a: string, b: string) => a.localeCompare(b);
const uniqueWord = () =>
  `w${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
const LIST = `query ($text: String) { resources(first: 10, filter: { text: $text }) { totalCount edges { node { id title } } } }`;

async function uploadAndCreate(bytes: Uint8Array, fileName: string, overrides: Record<string, unknown> = {}) {
  const receipt = await upload(app, member, bytes, fileName);
  expect(receipt.status).toBe(201);
  const created = await app.gql(CREATE, { input: resourceInput({ url: null, uploadId: receipt.body.id, ...overrides }) }, { as: member });
  expect(created.errors).toBeUndefined();
  return { receipt: receipt.body, resource: created.data!.createResource };
}

describe('library: uploads', () => {
  it('takes a PDF, types it by its bytes, and finds the resource by a word of its text', async () => {
    const word = uniqueWord();
    const { receipt, resource } = await uploadAndCreate(minimalPdf(['Guideline for first contact', `The ${word} procedure`]), 'guide.pdf', {
      title: 'First contact guideline',
    });
    expect(receipt).toMatchObject({ fileName: 'guide.pdf', contentType: 'application/pdf', textIndexed: true });
    expect(resource.file).toMatchObject({ fileName: 'guide.pdf', contentType: 'application/pdf', textIndexed: true });
    const found = (await app.gql(LIST, { text: word }, { as: member })).data!.resources;
    expect(found.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([resource.id]);
    // The receipt is used up.
    const again = await app.gql(CREATE, { input: resourceInput({ url: null, uploadId: receipt.id }) }, { as: member });
    expect(again.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('joins the search: members find a file by its words, visitors only public ones, in the search’s two statements', async () => {
    const word = uniqueWord();
    const network = await uploadAndCreate(minimalPdf([`Network ${word}`]), 'n.pdf', { visibility: 'NETWORK', title: 'Network paper' });
    const open = await uploadAndCreate(minimalPdf([`Open ${word}`]), 'o.pdf', { visibility: 'PUBLIC', title: 'Open paper' });
    const SEARCH = `query ($query: String!) { search(query: $query, first: 20) { resourceCount
      hits { node { __typename ... on ResourceMatch { id resourceTitle kind excerpt } } } } }`;
    const found = async (cookie: string | null) => (await app.gql(SEARCH, { query: word }, { as: cookie })).data!.search;
    const asMember = await found(member);
    expect(asMember.resourceCount).toBe(2);
    expect(asMember.hits.map((hit: { node: { id: string } }) => hit.node.id).toSorted(byText)).toEqual(
      [network.resource.id, open.resource.id].toSorted(byText),
    );
    expect(asMember.hits[0].node).toMatchObject({ __typename: 'ResourceMatch', kind: 'GUIDELINE' });
    const asVisitor = await found(null);
    expect(asVisitor.resourceCount).toBe(1);
    expect(asVisitor.hits.map((hit: { node: { id: string } }) => hit.node.id)).toEqual([open.resource.id]);
    const statements = await app.countStatements(() => found(member));
    expect(statements.filter((statement) => statement.includes('search_query'))).toHaveLength(2);
  });

  it('streams downloads with type and name; members-only files need a session, public ones do not', async () => {
    const bytes = minimalPdf([`Download check ${uniqueWord()}`]);
    const { resource } = await uploadAndCreate(bytes, 'Ziņojums 2024.pdf', { visibility: 'NETWORK' });
    const url = `${app.url}${resource.file.downloadUrl}`;
    const asMember = await fetch(url, { headers: { cookie: member } });
    expect(asMember.status).toBe(200);
    expect(asMember.headers.get('content-type')).toBe('application/pdf');
    expect(asMember.headers.get('content-disposition')).toBe(
      `attachment; filename="Zinojums 2024.pdf"; filename*=UTF-8''${encodeURIComponent('Ziņojums 2024.pdf')}`,
    );
    expect(Buffer.from(await asMember.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await fetch(url)).status).toBe(404);
    const open = await uploadAndCreate(minimalPdf([`Public ${uniqueWord()}`]), 'leaflet.pdf', { visibility: 'PUBLIC' });
    const anonymous = await fetch(`${app.url}${open.resource.file.downloadUrl}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('content-type')).toBe('application/pdf');
  });

  it('keeps the same bytes once, in chunks, and streams a multi-chunk file back whole', async () => {
    const before = await blobRows(app);
    const big = Buffer.concat([minimalPdf(['Large file']), Buffer.alloc(1_300_000, 7)]);
    const first = await uploadAndCreate(big, 'large.pdf');
    const second = await uploadAndCreate(big, 'large-copy.pdf');
    const after = await blobRows(app);
    expect(after.blobs - before.blobs).toBe(1);
    expect(after.chunks - before.chunks).toBe(3);
    const back = await fetch(`${app.url}${second.resource.file.downloadUrl}`, { headers: { cookie: member } });
    expect(Buffer.from(await back.arrayBuffer()).equals(big)).toBe(true);
    expect(first.resource.file.size).toBe(big.length);
  });

  it('refuses a 26 MB file (declared or streamed) and an executable renamed .pdf, leaving no blob behind', async () => {
    const before = await blobRows(app);
    const declared = await upload(app, member, Buffer.alloc(26 * 1024 * 1024), 'big.pdf');
    expect(declared).toEqual({ status: 413, body: { error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('25 MB') } } });
    const streamed = await streamedUpload(RESOURCE_FILE_MAX_BYTES + 1024 * 1024);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe('FILE_TOO_LARGE');
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 1)]);
    const renamed = await upload(app, member, exe, 'guideline.pdf');
    expect(renamed.status).toBe(415);
    expect(renamed.body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const plainZip = await upload(app, member, zipSync({ 'notes.txt': strToU8('hello') }), 'report.docx');
    expect(plainZip.status).toBe(415);
    expect(await blobRows(app)).toEqual(before);
  }, 120_000);

  it('takes a file of exactly 25 MB and refuses one byte more', async () => {
    const exact = await upload(app, member, pdfOfSize(RESOURCE_FILE_MAX_BYTES), 'exact.pdf');
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(RESOURCE_FILE_MAX_BYTES);
    const before = await blobRows(app);
    const over = await upload(app, member, pdfOfSize(RESOURCE_FILE_MAX_BYTES + 1), 'over.pdf');
    expect(over.status).toBe(413);
    expect(await blobRows(app)).toEqual(before);
  }, 120_000);

  it('tells DOCX, XLSX, PPTX and ODT by what their zip declares, and reads a DOCX’s text', async () => {
    const word = uniqueWord();
    const docx = officeZip('wordprocessingml.document', {
      'word/document.xml': `<w:document><w:body><w:p><w:r><w:t>Practice &amp; ${word}</w:t></w:r></w:p></w:body></w:document>`,
    });
    const { receipt, resource } = await uploadAndCreate(docx, 'practice.docx', { title: 'A practice' });
    expect(receipt.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(receipt.textIndexed).toBe(true);
    expect((await app.gql(LIST, { text: word }, { as: member })).data!.resources.edges[0].node.id).toBe(resource.id);
    const xlsx = await upload(app, member, officeZip('spreadsheetml.sheet', { 'xl/workbook.xml': '<workbook/>' }), 'sheet.pdf');
    expect(xlsx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const pptx = await upload(app, member, officeZip('presentationml.presentation', { 'ppt/presentation.xml': '<p/>' }), 'slides.pptx');
    expect(pptx.body.contentType).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const odt = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office/>'),
    });
    expect((await upload(app, member, odt, 'text.odt')).body.contentType).toBe('application/vnd.oasis.opendocument.text');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    expect((await upload(app, member, png, 'chart.png')).body.contentType).toBe('image/png');
  });

  it('is for members only, and only from the client (the upload header)', async () => {
    const pdf = minimalPdf(['Anonymous attempt']);
    const anonymous = await upload(app, null, pdf, 'a.pdf');
    expect(anonymous).toEqual({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in to upload files' } } });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(pdf)]), 'a.pdf');
    const crossSite = await fetch(`${app.url}/files/library`, { method: 'POST', headers: { cookie: member }, body: form });
    expect(crossSite.status).toBe(400);
  });

  it('publishes PUBLIC resources, and only those, in the Atom feed', async () => {
    const word = uniqueWord();
    await app.gql(
      CREATE,
      { input: resourceInput({ visibility: 'PUBLIC', title: `Campaign <${word}> & more`, kind: 'CAMPAIGN' }) },
      { as: member },
    );
    await app.gql(CREATE, { input: resourceInput({ visibility: 'NETWORK', title: `Internal ${word}` }) }, { as: member });
    const feed = await fetch(`${app.url}/feeds/resources.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await feed.text();
    expect(xml).toContain(`<title>Campaign &#60;${word}&#62; &#38; more</title>`);
    expect(xml).not.toContain(`Internal ${word}`);
    expect(xml).toContain('<category term="CAMPAIGN"/>');
  });
});

/** A zip with the `[Content_Types].xml` an Office file of that kind declares. */
function officeZip(kind: string, entries: Record<string, string>): Uint8Array {
  const types = `<?xml version="1.0"?><Types><Override PartName="/main" ContentType="application/vnd.openxmlformats-officedocument.${kind}.main+xml"/></Types>`;
  return zipSync(
    Object.fromEntries([['[Content_Types].xml', strToU8(types)], ...Object.entries(entries).map(([k, v]) => [k, strToU8(v)])]),
  );
}

/** A multipart upload sent in chunks with no declared length: the limit is found while streaming. */
/** A PDF (by its signature) of exactly `size` bytes, different each time. */
function pdfOfSize(size: number): Buffer {
  const bytes = Buffer.alloc(size, 32);
  bytes.write(`%PDF-1.4\n%${randomUUID()}\n`, 'latin1');
  return bytes;
}

async function streamedUpload(bytes: number) {
  const boundary = `b${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\ncontent-type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const piece = Buffer.alloc(1024 * 1024, 32);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(head);
      if (sent >= bytes) {
        controller.enqueue(tail);
        controller.close();
        return;
      }
      controller.enqueue(piece);
      sent += piece.length;
    },
  });
  const response = await fetch(`${app.url}/files/library`, {
    method: 'POST',
    headers: { cookie: member, 'x-strom-upload': '1', 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
