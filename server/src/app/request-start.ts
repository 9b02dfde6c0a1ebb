import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { securityHeaderList } from '../core/limits/security-headers.js';

/** What a request's handlers log with: its id on every line, the logger made only if a line is written. */
export interface RequestLog {
  readonly requestId: string;
  readonly logger: Logger;
}

/**
 * How every HTTP response starts, on the GraphQL endpoint and on Express's routes alike: an id (also sent as
 * `x-request-id`), the security headers, and one line in the log when it finishes.
 */
export function requestStart(logger: Logger, publicUrl: string): (req: IncomingMessage, res: ServerResponse) => RequestLog {
  const headers = securityHeaderList(publicUrl);
  // The request line's fields are fixed and never personal: redaction's wildcard paths (`*.email`…) would only
  // walk each of them for nothing, which doubled the cost of the one line every request writes.
  const lines = logger.child({}, { redact: [] });
  return (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of headers) res.setHeader(name, value);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only: query strings may carry search words, which can be personal.
      lines.info({ requestId, method: req.method, path: pathOf(req), status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    return new LazyRequestLog(logger, requestId);
  };
}

/** A pino child serialises its bindings when made; most requests log nothing but their one line. */
class LazyRequestLog implements RequestLog {
  private child: Logger | undefined;

  constructor(
    private readonly parent: Logger,
    readonly requestId: string,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.parent.child({ requestId: this.requestId }));
  }
}

/** The request's path without its query string (Express's `req.path`). */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}
