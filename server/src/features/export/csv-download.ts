import { once } from 'node:events';
import type { Request, RequestHandler, Response } from 'express';
import type { Viewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import { resolveViewer } from '../session/resolve-viewer.js';
import { UTF8_BOM } from './csv.js';

/**
 * A CSV download route: GET only, the viewer from the session cookie, and one way to fail. Express routes HEAD
 * to GET handlers; a link prefetcher's HEAD must not spend a single-use ticket or write an audit entry.
 */
export function csvDownloadRoute(
  what: string,
  serve: (services: AppServices, viewer: Viewer, req: Request, res: Response) => Promise<void>,
): (services: AppServices) => RequestHandler {
  return (services) => async (req, res) => {
    if (req.method !== 'GET') {
      res.status(405).set('allow', 'GET').end();
      return;
    }
    try {
      await serve(services, await resolveViewer(services, req.headers.cookie), req, res);
    } catch (error) {
      services.logger.error({ err: error }, `${what} export failed`);
      // Once rows have gone out, a status can no longer be sent: cutting the connection marks the file incomplete.
      if (res.headersSent) res.destroy();
      else plainText(res, 500, 'The export failed. Try again.');
    }
  };
}

export function plainText(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').set('cache-control', 'no-store').send(message);
}

/** Starts the file with its header row; false when the client went away already. */
export function startCsv(res: Response, filename: string, header: string): Promise<boolean> {
  res.status(200).set({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  return write(res, UTF8_BOM + header);
}

/** Writes a chunk; when the socket's buffer is full, waits for 'drain' (or for the client to go away). */
export async function write(res: Response, chunk: string): Promise<boolean> {
  if (res.write(chunk)) return true;
  const done = new AbortController();
  try {
    return await Promise.race([
      once(res, 'drain', { signal: done.signal }).then(() => true),
      once(res, 'close', { signal: done.signal }).then(() => false),
    ]);
  } finally {
    // Removes the listener of whichever did not happen, so a long export does not pile them up.
    done.abort();
  }
}
