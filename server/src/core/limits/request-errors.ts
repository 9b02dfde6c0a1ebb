import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

/** What body-parser attaches to its errors (besides the raw body, which must never be logged). */
interface BodyParserError {
  type: string;
  status: number;
  limit?: number;
  length?: number;
}

const MESSAGES: Record<string, string> = {
  'entity.too.large': 'The request body is larger than the server accepts',
  'entity.parse.failed': 'The request body is not valid JSON',
};

/**
 * express.json's errors (a body over the limit, malformed JSON, an unknown charset) answered as a GraphQL error
 * in JSON, as every other refusal is, instead of Express's HTML page with a stack trace. Logged as one line:
 * why, the status and the sizes, never the body. False when the error is not body-parser's.
 */
export function refuseBody(error: unknown, res: ServerResponse, log: Logger): boolean {
  if (!isBodyParserError(error)) return false;
  log.warn({ reason: error.type, status: error.status, limit: error.limit, length: error.length }, 'request body refused');
  sendJson(res, error.status, {
    errors: [{ message: MESSAGES[error.type] ?? 'The request body could not be read', extensions: { code: 'BAD_REQUEST' } }],
  });
  return true;
}

/**
 * Whatever a route or middleware throws is logged with an id and answered as a masked GraphQL-shaped error, as
 * formatError does, never as Express's HTML page with a stack trace. A response already under way is cut off.
 */
export function answerUnexpected(error: unknown, res: ServerResponse, log: Logger): void {
  const logId = randomUUID();
  log.error({ err: error, logId }, 'unexpected error while handling a request');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', logId } }] });
}

/** The last error handler of the Express routes. */
export function unexpectedErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const log: Logger = res.locals.log ?? logger;
    if (isMalformedAddress(error)) {
      // The caller's mistake, not ours: an address whose %-escapes decode to no text (`/experts/%E0%A4%A`).
      log.warn({ status: 400 }, 'malformed address refused');
      sendJson(res, 400, { errors: [{ message: 'The address is not valid', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    answerUnexpected(error, res, log);
  };
}

/** What Express's router throws for a path parameter it cannot decode: a URIError it marks as the client's (400). */
function isMalformedAddress(error: unknown): boolean {
  return error instanceof URIError && 'status' in error && error.status === 400;
}

/** As Express's `res.json`. */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.end(text);
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const { type, status } = error as Partial<BodyParserError>;
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
}
