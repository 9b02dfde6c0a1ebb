import { RESOURCE_FILE_MAX_BYTES, RESOURCE_FILE_NAME_MAX } from '@strom/shared';
import busboy from 'busboy';
import type { RequestHandler, Response } from 'express';
import { isMember } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import { resolveViewer } from '../session/resolve-viewer.js';
import { storeUpload, tooLarge, UploadRefused, type StoredUpload } from './resource-blob.store.js';
import { library } from './resource.policy.js';

/** Room for the multipart framing around the file. */
const FRAMING_BYTES = 64 * 1024;
/** Sent by the client: a cross-site form cannot set it, so no other page can upload with a member's cookie. */
export const UPLOAD_HEADER = 'x-strom-upload';

/**
 * POST /files/library — one file in a multipart field named `file`, streamed into the database as it arrives
 * (resource-blob.store.ts). Answers 201 with the receipt `{ id, fileName, contentType, size, textIndexed }` to
 * pass as `uploadId` to createResource, or `{ error: { code, message } }`: UNAUTHENTICATED (401), FORBIDDEN (403),
 * FILE_TOO_LARGE (413; a declared length above the limit is refused before a byte is read), UNSUPPORTED_FILE_TYPE
 * (415), BAD_USER_INPUT (400).
 */
export function resourceUploadRoute(services: AppServices): RequestHandler {
  return async (req, res) => {
    try {
      const viewer = await resolveViewer(services, req.headers.cookie);
      if (!isMember(viewer)) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in to upload files');
      if (!library.can(viewer, 'contribute')) return refuse(res, 403, 'FORBIDDEN', 'Members add resources to the library');
      if (req.headers[UPLOAD_HEADER] !== '1') return refuse(res, 400, 'BAD_USER_INPUT', `Uploads need the ${UPLOAD_HEADER} header`);
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > RESOURCE_FILE_MAX_BYTES + FRAMING_BYTES) {
        res.set('connection', 'close');
        return refuseWith(res, tooLarge());
      }
      const stored = await receive(services, req, viewer.userId);
      res.status(201).set('cache-control', 'no-store').json(stored);
    } catch (error) {
      if (error instanceof UploadRefused) return refuseWith(res, error);
      if (error instanceof BadUpload) return refuse(res, 400, 'BAD_USER_INPUT', error.message);
      services.logger.error({ err: error }, 'upload failed');
      if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'The upload failed. Try again.');
    }
  };
}

class BadUpload extends Error {}

/** Parses the multipart body; the one file is stored while it streams. Other fields and files are ignored. */
function receive(services: AppServices, req: Parameters<RequestHandler>[0], userId: string): Promise<StoredUpload> {
  // The file is at most as long as the request (a chunked request declares no length).
  const declaredBytes = req.headers['content-length'] ? Number(req.headers['content-length']) : null;
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send the file name in UTF-8 without saying so.
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy marks a file truncated once it reaches the limit: one byte more lets a file of exactly 25 MB through.
        limits: { files: 1, fileSize: RESOURCE_FILE_MAX_BYTES + 1, fields: 10, parts: 12 },
      });
    } catch {
      return reject(new BadUpload('Send the file as multipart/form-data'));
    }
    let stored: Promise<StoredUpload> | null = null;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || stored) return void file.resume();
      const fileName = cleanFileName(info.filename);
      stored = storeUpload(services.orm.em.fork(), file, { userId, fileName, declaredBytes }, services.logger);
      // Settled below; a rejection before 'close' must not count as unhandled.
      stored.catch(() => undefined);
    });
    parser.on('error', () => reject(new BadUpload('The upload was cut off or malformed')));
    parser.on('close', () => {
      if (!stored) reject(new BadUpload('Send the file in a field named file'));
      else stored.then(resolve, reject);
    });
    req.on('aborted', () => parser.destroy(new Error('aborted')));
    req.pipe(parser);
  });
}

/** A name to show and download under: no path, no control characters, bounded. */
function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // oxlint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'file').slice(-RESOURCE_FILE_NAME_MAX);
}

function refuseWith(res: Response, error: UploadRefused): void {
  refuse(res, error.status, error.code, error.message);
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).set('cache-control', 'no-store').json({ error: { code, message } });
}
