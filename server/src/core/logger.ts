import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export interface AppLogger {
  logger: Logger;
  /** Writes every buffered line now, without the event loop: before process.exit and after a fatal error. */
  flushSync: () => void;
}

/**
 * Structured JSON logs. Redaction is a safety net: the code never logs secrets or personal data on purpose.
 *
 * The destination is buffered: a write per request line was ~10% of a directory page's CPU (bench S2's profile),
 * synchronous or not. Lines are written 4 KB at a time, and at least every FLUSH_INTERVAL_MS, so a quiet server's
 * line still appears within that time. Whatever is buffered is lost if the process dies without flushing, hence
 * `flushSync` on every exit path. The writes themselves are synchronous: an asynchronous one runs on libuv's
 * thread pool, and `flushSync` cannot wait for it, so the lines it wrote could land after it or, at an exit,
 * not at all (the logger test caught the first on a loaded machine).
 */
const BUFFER_BYTES = 4096;
const FLUSH_INTERVAL_MS = 500;

export function createLogger(config: Pick<Config, 'logLevel'>, destination: { dest?: number | string } = {}): AppLogger {
  const stream = pino.destination({
    dest: destination.dest ?? 1,
    sync: true,
    minLength: BUFFER_BYTES,
    periodicFlush: FLUSH_INTERVAL_MS,
  });
  const logger = pino(
    {
      level: config.logLevel,
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', '*.email', '*.phone'],
        censor: '[redacted]',
      },
    },
    stream as DestinationStream,
  );
  return {
    logger,
    flushSync: () => {
      // Throws only for a destination that is closed or still opening its file: then there is nothing to write.
      try {
        stream.flushSync();
      } catch {
        // nothing to flush
      }
    },
  };
}
