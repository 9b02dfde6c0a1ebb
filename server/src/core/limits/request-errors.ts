import { randomUUID } from 'node:crypto';
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
 * why, the status and the sizes, never the body.
 */
export function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (!isBodyParserError(error)) return next(error);
    const log: Logger = res.locals.log ?? logger;
    log.warn({ reason: error.type, status: error.status, limit: error.limit, length: error.length }, 'request body refused');
    res.status(error.status).json({
      errors: [{ message: MESSAGES[error.type] ?? 'The request body could not be read', extensions: { code: 'BAD_REQUEST' } }],
    });
  };
}

/**
 * The last error handler: whatever a route or middleware throws is logged with an id and answered as a masked
 * GraphQL-shaped error, as formatError does, never as Express's HTML page with a stack trace.
 */
export function unexpectedErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const logId = randomUUID();
    const log: Logger = res.locals.log ?? logger;
    log.error({ err: error, logId }, 'unexpected error while handling a request');
    res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', logId } }] });
  };
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const { type, status } = error as Partial<BodyParserError>;
  return typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500;
}
