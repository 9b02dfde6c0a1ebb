import 'reflect-metadata';
import { startApp } from './app/app.js';
import { ConfigError, loadConfig, type Config } from './core/config.js';
import { createLogger } from './core/logger.js';
import { printDemoAccounts } from './db/seed/demo-accounts-print.js';
import { seedDemoIfEmpty } from './db/seed/demo-seed.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = configOrExit();
const { logger, flushSync } = createLogger(config);

/** Every exit goes through here: the log destination is asynchronous and would lose its buffered lines. */
function exit(code: number): never {
  flushSync();
  process.exit(code);
}

// A crash is logged as one fatal line (the buffered lines before it are written too), then the process ends
// as Node would have ended it. Unhandled rejections arrive here as well (Node's default, --unhandled-rejections=throw).
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception; exiting');
  exit(1);
});
const app = await startApp(config, {
  logger,
  prepare: process.env.SEED_DEMO === 'true' ? (orm) => seedDemoIfEmpty(orm.em.fork(), logger) : undefined,
});
logger.info({ url: app.url }, 'Strom is serving');
if (process.env.SEED_DEMO === 'true' && config.env !== 'production') printDemoAccounts();
// The one line a person starting Strom looks for; scripts parse it too.
console.log(`Strom is running at ${app.url.replace(/\/\/(127\.0\.0\.1|0\.0\.0\.0):/, '//localhost:')}`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.close().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  });
}
