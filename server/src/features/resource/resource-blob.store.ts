import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { RESOURCE_FILE_MAX_BYTES, type ResourceFileType } from '@strom/shared';
import { CompiledQuery } from 'kysely';
import type { Logger } from 'pino';
import type { Em } from '../../db/orm.js';
import { FileSniffer } from './file-sniffer.js';
import { pdfText } from './pdf-text.js';

/** Bytes per stored chunk: what the server holds of an upload at a time (plus the chunk being read). */
export const BLOB_CHUNK_BYTES = 512 * 1024;
/** What a download reads of a chunk per column (resource-download.route.ts): a divisor of BLOB_CHUNK_BYTES. */
export const DOWNLOAD_PIECE_BYTES = 32 * 1024;
/** PDFs up to this size have their text extracted for the search (the parser needs the whole file in memory). */
export const PDF_TEXT_MAX_BYTES = 8 * 1024 * 1024;

export type UploadRefusalCode = 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE';

/** An upload the library does not take: said to the uploader as `{ error: { code, message } }` with its HTTP status. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: UploadRefusalCode,
    message: string,
  ) {
    super(message);
  }
}

export const tooLarge = () =>
  new UploadRefused(413, 'FILE_TOO_LARGE', `The file is larger than ${RESOURCE_FILE_MAX_BYTES / 1024 / 1024} MB`);

export interface StoredUpload {
  /** The receipt the member redeems in createResource. */
  id: string;
  fileName: string;
  contentType: ResourceFileType;
  size: number;
  textIndexed: boolean;
}

/**
 * Stores a file as it streams in, chunk by chunk, as a blob named by its SHA-256: its type is told by its bytes
 * (FileSniffer), refused ones stop being stored at once. The same bytes stored before are kept once (the new copy
 * is dropped). Anything that fails (too large, wrong type, a broken connection, the database) removes what was
 * written: no orphan blob stays. Each chunk is its own statement, not one long transaction: PGlite has one
 * connection, which a slow upload must not hold.
 */
export async function storeUpload(
  em: Em,
  file: Readable & { truncated?: boolean },
  meta: { userId: string; fileName: string; declaredBytes: number | null },
  logger: Logger,
): Promise<StoredUpload> {
  const blobId = randomUUID();
  await em.execute(`insert into resource_blob (id, content_type) values (?, 'application/octet-stream')`, [blobId]);
  try {
    const sniffer = new FileSniffer();
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    // The text of a PDF is read from the whole file: kept only while it may stay within the bound (the request's
    // declared length already tells when it cannot).
    let pdf: Buffer[] | null = meta.declaredBytes !== null && meta.declaredBytes > PDF_TEXT_MAX_BYTES ? null : [];
    const flush = async () => {
      if (pendingBytes === 0) return;
      await insertChunk(em, blobId, seq++, Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
    };
    for await (const chunk of file as AsyncIterable<Buffer>) {
      // A refused or oversized file is read to its end (the answer must wait for the request) but no longer stored.
      if (!sniffer.acceptable || size > RESOURCE_FILE_MAX_BYTES) continue;
      size += chunk.length;
      hash.update(chunk);
      sniffer.push(chunk);
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pdf && size <= PDF_TEXT_MAX_BYTES) pdf.push(chunk);
      else pdf = null;
      if (pendingBytes >= BLOB_CHUNK_BYTES) await flush();
    }
    if (file.truncated || size > RESOURCE_FILE_MAX_BYTES) throw tooLarge();
    const contentType = sniffer.finish();
    if (!contentType)
      throw new UploadRefused(415, 'UNSUPPORTED_FILE_TYPE', 'The library takes PDF, DOCX, ODT, XLSX, PPTX, PNG and JPEG files');
    await flush();
    const text = contentType === 'application/pdf' && pdf ? await pdfText(Buffer.concat(pdf), logger) : sniffer.docxText();
    return await em.transactional(async (tx) => {
      const sha256 = hash.digest('hex');
      const [same] = await tx.execute<{ id: string }[]>(`select id from resource_blob where sha256 = ? and complete`, [sha256]);
      if (same) await tx.execute(`delete from resource_blob where id = ?`, [blobId]);
      else
        await tx.execute(
          `update resource_blob set sha256 = ?, size = ?, content_type = ?, text_content = ?, complete = true where id = ?`,
          [sha256, size, contentType, text?.replaceAll('\u0000', '') || null, blobId],
        );
      const [stored] = await tx.execute<{ text_indexed: boolean }[]>(
        `select text_content is not null as text_indexed from resource_blob where id = ?`,
        [same?.id ?? blobId],
      );
      const id = randomUUID();
      await tx.execute(`insert into resource_upload (id, blob_id, uploaded_by_id, file_name) values (?, ?, ?, ?)`, [
        id,
        same?.id ?? blobId,
        meta.userId,
        meta.fileName,
      ]);
      return { id, fileName: meta.fileName, contentType, size, textIndexed: stored?.text_indexed ?? false };
    });
  } catch (error) {
    await em.execute(`delete from resource_blob where id = ? and not complete`, [blobId]);
    throw error;
  }
}

/**
 * One chunk with its bytes as a bound (binary) parameter, through the connection's Kysely client: `em.execute`
 * inlines parameters into the SQL text, which turns 512 KB of bytes into a megabyte-long string per chunk, garbage
 * that grew the server by 35–55 MB over a 25 MB upload (bench S11).
 */
async function insertChunk(em: Em, blobId: string, seq: number, data: Buffer): Promise<void> {
  await em
    .getConnection()
    .getClient()
    .executeQuery(CompiledQuery.raw(`insert into resource_blob_chunk (blob_id, seq, data) values ($1, $2, $3)`, [blobId, seq, data]));
}
