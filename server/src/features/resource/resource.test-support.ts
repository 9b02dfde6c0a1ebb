import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../test/harness.js';

export const RESOURCE_FIELDS = `id kind title summary level countryCode visibility languages tags year publisher url recommendations
  viewerRecommends viewerCan { recommend edit delete } version file { fileName contentType size downloadUrl textIndexed } municipality { id name }`;
export const CREATE = `mutation ($input: CreateResourceInput!) { createResource(input: $input) { ${RESOURCE_FIELDS} } }`;

export function resourceInput(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    kind: 'GUIDELINE',
    title: 'Guideline on identifying labour exploitation',
    summary: 'What municipal social workers look for first.',
    confirmations: [],
    scope: { level: 'REGIONAL' },
    visibility: 'NETWORK',
    languages: ['en'],
    tags: ['identification'],
    formsOfExploitation: ['LABOUR_EXPLOITATION'],
    targetGroups: [],
    year: 2024,
    publisher: 'CBSS TF-THB',
    url: 'https://example.org/guideline.pdf',
    ...overrides,
  };
}

export const UPDATE = `mutation ($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESOURCE_FIELDS} } }`;

/** POSTs one file to the upload route as a browser's FormData would. */
export async function upload(
  app: TestApp,
  cookie: string | null,
  bytes: Uint8Array,
  fileName: string,
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await fetch(`${app.url}/files/library`, {
    method: 'POST',
    headers: { 'x-strom-upload': '1', ...(cookie ? { cookie } : {}), ...headers },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** Rows of the blob tables: what an upload left behind. */
export async function blobRows(app: TestApp): Promise<{ blobs: number; chunks: number }> {
  const [row] = await app.orm.em
    .fork()
    .execute<{ blobs: number; chunks: number }[]>(
      `select (select count(*)::int from resource_blob) as blobs, (select count(*)::int from resource_blob_chunk) as chunks`,
    );
  return row!;
}
