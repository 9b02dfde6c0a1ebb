import { once } from 'node:events';
import { RESOURCE_FILE_TYPES, type ResourceFileType } from '@strom/shared';
import type { RequestHandler } from 'express';
import type { AppServices } from '../../core/context.js';
import { plainText } from '../export/csv-download.js';
import { resolveViewer } from '../session/resolve-viewer.js';
import { BLOB_CHUNK_BYTES, DOWNLOAD_PIECE_BYTES } from './resource-blob.store.js';
import { visibleResourceSql } from './resource.policy.js';
import { isUuid } from '../../core/ids.js';

/** Pieces read per statement: a stored chunk's worth (an upload's chunks overshoot it by at most one network read). */
const PIECES_PER_READ = BLOB_CHUNK_BYTES / DOWNLOAD_PIECE_BYTES;

/**
 * The bytes of a chunk from offset `from`, as 32 KB pieces, each its own column, and the chunk's length. The driver
 * hands bytea over as hex text (twice its size) before it becomes bytes: a whole chunk per column made a
 * megabyte-long string per chunk, which V8 keeps until a full collection (the server grew by up to 55 MB over a
 * 25 MB download, bench S11); 64 KB strings die young. The offsets are our own integers.
 */
const piecesFrom = (from: number) =>
  Array.from(
    { length: PIECES_PER_READ },
    (_, i) => `substring(data from ${from + i * DOWNLOAD_PIECE_BYTES + 1} for ${DOWNLOAD_PIECE_BYTES}) as p${i}`,
  ).join(', ');

/**
 * GET /files/library/:id — a resource's file, streamed from its chunks with the type found at upload and a
 * Content-Disposition naming it. A members-only file needs a session; a file the reader may not read is a 404,
 * as if it did not exist (an anonymous visitor is told to sign in).
 */
export function resourceDownloadRoute(services: AppServices): RequestHandler {
  return async (req, res) => {
    try {
      const id = String(req.params.id ?? '');
      if (!isUuid(id)) return plainText(res, 404, 'No such file.');
      const viewer = await resolveViewer(services, req.headers.cookie);
      const em = services.orm.em.fork();
      const visible = visibleResourceSql(viewer);
      const [file] = await em.execute<
        { blob_id: string; file_name: string; content_type: ResourceFileType; size: string; visibility: string }[]
      >(
        `select r.blob_id, r.file_name, b.content_type, b.size, r.visibility from resource r join resource_blob b on b.id = r.blob_id
           where r.id = ? and b.complete and ${visible.sql}`,
        [id.toLowerCase(), ...visible.params],
      );
      if (!file)
        return plainText(res, 404, viewer.kind === 'member' ? 'No such file.' : 'No such public file. Members: sign in to download it.');
      res.status(200).set({
        'content-type': file.content_type,
        'content-length': String(file.size),
        'content-disposition': contentDisposition(file.file_name, file.content_type),
        'cache-control': file.visibility === 'PUBLIC' ? 'public, max-age=300' : 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') return void res.end();
      for (let seq = 0, from = 0; ;) {
        const [chunk] = await em.execute<({ size: number } & Record<string, Uint8Array>)[]>(
          `select length(data) as size, ${piecesFrom(from)} from resource_blob_chunk where blob_id = ? and seq = ?`,
          [file.blob_id, seq],
        );
        if (!chunk) break;
        for (let i = 0; i < PIECES_PER_READ; i++) {
          const piece = chunk[`p${i}`];
          if (!piece || piece.byteLength === 0) break;
          if (res.destroyed) return;
          if (!res.write(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength))) await once(res, 'drain');
        }
        from += BLOB_CHUNK_BYTES;
        if (from >= Number(chunk.size)) [seq, from] = [seq + 1, 0];
      }
      res.end();
    } catch (error) {
      services.logger.error({ err: error }, 'file download failed');
      if (res.headersSent) res.destroy();
      else plainText(res, 500, 'The file could not be read. Try again.');
    }
  };
}

/** `attachment` with an ASCII fallback name and the real one (RFC 6266/5987), ending in the extension of its type. */
export function contentDisposition(fileName: string, contentType: ResourceFileType): string {
  const extension = RESOURCE_FILE_TYPES[contentType];
  const named = fileName.toLowerCase().endsWith(`.${extension}`) ? fileName : `${fileName}.${extension}`;
  const ascii = named
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii || `file.${extension}`}"; filename*=UTF-8''${encodeURIComponent(named)}`;
}
