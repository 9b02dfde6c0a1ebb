/**
 * A server process that dies after a commit: it starts the app on DATABASE_URL with effect delivery paused
 * (as if every process died right after each commit), asks for a password reset for RESET_EMAIL, prints
 * `committed` once the mutation has answered, and waits for the test to SIGKILL it.
 */
import 'reflect-metadata';
import pino from 'pino';
import { startApp } from '../app/app.js';
import { loadConfig } from '../core/config.js';
import { seedDemo } from '../db/seed/demo-seed.js';

const { DATABASE_URL, RESET_EMAIL } = process.env;
if (!DATABASE_URL || !RESET_EMAIL) throw new Error('DATABASE_URL and RESET_EMAIL are needed');
const config = loadConfig({ NODE_ENV: 'test', PORT: '0', DATABASE_URL });
const app = await startApp(config, {
  logger: pino({ level: 'silent' }),
  pauseEffects: true,
  prepare: async (orm) => void (await seedDemo(orm.em.fork())),
});
const response = await fetch(`${app.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'mutation ($email: String!) { requestPasswordReset(email: $email) }', variables: { email: RESET_EMAIL } }),
});
process.stdout.write(`committed ${JSON.stringify(await response.json())}\n`);
// Keeps the process alive until it is killed; it never closes anything on purpose.
setInterval(() => undefined, 60_000);
