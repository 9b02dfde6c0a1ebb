import path from 'node:path';
import { SERVER_MAIN } from '../paths.js';
import { startService, type ChildService } from './child-service.js';

/** Which database the server uses: PostgreSQL by URL, or PGlite in a folder. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

export interface StromOptions {
  logDir: string;
  label: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  logLevel?: string;
}

/**
 * The real, built server (`node server/dist/main.js`) in production mode on a free port. It migrates and
 * upserts reference data at start, like any deployment. Logs go to a file at the given level (info by
 * default: a request line per request, as in production).
 */
export function startStrom(target: DatabaseTarget, options: StromOptions): Promise<ChildService> {
  return startService({
    label: options.label,
    args: [...(options.nodeFlags ?? []), SERVER_MAIN],
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      PUBLIC_URL: 'http://localhost:4000',
      LOG_LEVEL: options.logLevel ?? 'info',
      ...(target.kind === 'postgres' ? { DATABASE_URL: target.url } : { PGLITE_DIR: target.dir }),
    },
    logFile: path.join(options.logDir, `${options.label}.log`),
    ready: /Strom is running at http:\/\/[^:]+:(\d+)/,
    timeoutMs: 120_000,
  });
}
