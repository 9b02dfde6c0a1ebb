import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpListener, type SmtpListener } from '../features/mail/smtp-listener.test-support.js';
import { demoEmail } from '../test/harness.js';
import { startApp, type App } from './app.js';
import { loadConfig } from '../core/config.js';

const adminUrl = process.env.TEST_DATABASE_URL!;
const SERVER_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Resolves with the child's first stdout line starting with `prefix`; rejects if it exits or takes too long. */
function lineFrom(child: ChildProcess, prefix: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`no "${prefix}" within ${timeoutMs} ms: ${errors}`)), timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith(prefix));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before "${prefix}": ${errors}`)));
  });
}

describe('a server killed after a command committed and before its mail went out', () => {
  const name = `strom_test_${randomBytes(6).toString('hex')}`;
  const url = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  const email = demoEmail('member.lv');
  let child: ChildProcess | undefined;
  let smtp: SmtpListener;
  let restarted: App | undefined;

  beforeAll(async () => {
    await admin(`create database ${name}`);
    smtp = await startSmtpListener();
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await restarted?.close();
    await smtp?.close();
    await admin(`drop database if exists ${name} with (force)`);
  });

  it('sends the mail exactly once after a restart', { timeout: 120_000 }, async () => {
    child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@strom/source', 'src/test/effects-crash.child.ts'], {
      cwd: SERVER_ROOT,
      env: { ...process.env, DATABASE_URL: url, RESET_EMAIL: email, SMTP_URL: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed = await lineFrom(child, 'committed ', 90_000);
    expect(JSON.parse(committed.slice('committed '.length))).toEqual({ data: { requestPasswordReset: true } });
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(child.signalCode).toBe('SIGKILL');

    const owed = new pg.Client({ connectionString: url });
    await owed.connect();
    const { rows } = await owed.query(`select id from outbox_effect where kind = 'mail' and delivered_at is null and payload->>'to' = $1`, [
      email,
    ]);
    await owed.end();
    expect(rows).toHaveLength(1);
    expect(smtp.received).toHaveLength(0);

    restarted = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', SMTP_URL: smtp.url }), {
      logger: pino({ level: 'silent' }),
      database: { databaseUrl: url, pgliteDir: 'memory://' },
    });
    const deadline = Date.now() + 20_000;
    while (smtp.received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    // Once more for good measure: another sweep and a direct delivery find nothing left to send.
    expect(await restarted.services.outbox.sweep()).toBe(0);
    expect(await restarted.services.outbox.deliver(rows[0].id)).toBe('skipped');
    expect(smtp.received.map((m) => m.to)).toEqual([[email]]);
    expect(smtp.received[0]!.headers).toMatch(/^subject: Reset your Strom password$/im);
  });
});
