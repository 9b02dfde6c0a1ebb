import path from 'node:path';
import { readFileSync } from 'node:fs';
import { SERVER_MAIN, SERVER_PACKAGE } from '../paths.js';
import { startService, type ChildService } from './child-service.js';

/** Which database the server uses: PostgreSQL by URL, or PGlite in a folder. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
/** Or the demo network the server seeds itself into an in-memory PGlite (what a visitor of the demo sees). */
export type StromDatabase = DatabaseTarget | { kind: 'demo' };

export interface StromOptions {
  logDir: string;
  label: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  logLevel?: string;
  /** A fixed port, and PUBLIC_URL on it: a browser's WebSocket must come from the configured origin. */
  port?: number;
  /** More environment, e.g. REDIS_URL for several processes sharing live events (S6). */
  env?: Record<string, string>;
}

/**
 * The real, built server (`node server/dist/main.js`, with its start script's flags) in production mode on a free port. It migrates and
 * upserts reference data at start, like any deployment. Logs go to a file at the given level (info by
 * default: a request line per request, as in production).
 */
export function startStrom(target: StromDatabase, options: StromOptions): Promise<ChildService> {
  return startService({
    label: options.label,
    args: [...SERVER_NODE_FLAGS, ...(options.nodeFlags ?? []), SERVER_MAIN],
    env: {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(options.port ?? 0),
      PUBLIC_URL: options.port ? `http://127.0.0.1:${options.port}` : 'http://localhost:4000',
      LOG_LEVEL: options.logLevel ?? 'info',
      ...databaseEnv(target),
      ...options.env,
    },
    logFile: path.join(options.logDir, `${options.label}.log`),
    ready: /Strom is running at http:\/\/[^:]+:(\d+)/,
    // Seeding the demo network into memory takes a minute on a quiet machine, more than two on a loaded one.
    timeoutMs: target.kind === 'demo' ? 300_000 : 120_000,
  });
}

/** Node's flags as the server's own start script gives them (server/package.json), so the bench measures what runs. */
const SERVER_NODE_FLAGS: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(SERVER_PACKAGE, 'utf8')) as { scripts: { start: string } };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
})();

function databaseEnv(target: StromDatabase): Record<string, string> {
  if (target.kind === 'postgres') return { DATABASE_URL: target.url };
  if (target.kind === 'pglite') return { PGLITE_DIR: target.dir };
  return { PGLITE_DIR: 'memory://', SEED_DEMO: 'true' };
}
