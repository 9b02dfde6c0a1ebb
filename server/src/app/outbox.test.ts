import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpListener, type SmtpListener } from '../features/mail/smtp-listener.test-support.js';
import { outboxMails } from '../features/mail/outbox.test-support.js';
import { startTestApp, type TestApp } from '../test/harness.js';
import { runCommand } from '../core/outbox/run-command.js';
import { OutboxEffect } from '../core/outbox/outbox-effect.entity.js';
import type { CommandDeps } from '../core/outbox/unit-of-work.js';
import { OutboxMail } from '../features/mail/outbox-mail.entity.js';

function depsOf(app: TestApp): CommandDeps {
  return app.commandDeps();
}

const mail = (to: string) => ({ to, subject: 'Outbox test', text: `Hello ${to}` });

/** Records one mail in a command that commits, and returns its effect's id. */
async function commitMail(app: TestApp, to: string, options: { key?: string; deps?: CommandDeps } = {}): Promise<string> {
  await runCommand(options.deps ?? depsOf(app), async (uow) => uow.record('mail', mail(to), options.key));
  const [row] = await app.orm.em.fork().execute<{ id: string }[]>(`select id from outbox_effect where payload->>'to' = ?`, [to]);
  if (!row) throw new Error(`no effect mails ${to}`);
  return row.id;
}

describe('a command that rolls back', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('delivers none of its effects, while a committed one is delivered', async () => {
    const failing = runCommand(depsOf(app), async (uow) => {
      uow.record('mail', mail('rolled.back@example.org'));
      uow.publish('SESSIONS_REVOKED', { sessionIds: [] });
      throw new Error('the command fails after recording its effects');
    });
    await expect(failing).rejects.toThrow('the command fails');
    await commitMail(app, 'committed@example.org');

    expect(await outboxMails(app, 'committed@example.org')).toHaveLength(1);
    expect(await outboxMails(app, 'rolled.back@example.org')).toHaveLength(0);
    const effects = await app.orm.em
      .fork()
      .execute<{ to: string; delivered: boolean }[]>(
        `select payload->>'to' as to, delivered_at is not null as delivered from outbox_effect`,
      );
    expect(effects).toEqual([{ to: 'committed@example.org', delivered: true }]);
  });

  it('stores an effect whose key was stored before only once (a retried command)', async () => {
    await commitMail(app, 'retried@example.org', { key: 'retry-key-1' });
    await runCommand(depsOf(app), async (uow) => uow.record('mail', mail('retried@example.org'), 'retry-key-1'));
    expect(await outboxMails(app, 'retried@example.org')).toHaveLength(1);
    expect(await app.orm.em.fork().count(OutboxEffect, { idempotencyKey: 'retry-key-1' })).toBe(1);
  });

  it('delivers, through the sweep, an effect whose process died between the commit and the dispatch', async () => {
    const diedAfterCommit = { ...depsOf(app), outbox: { dispatch: async () => {} } };
    const id = await commitMail(app, 'swept@example.org', { deps: diedAfterCommit });
    expect(await app.orm.em.fork().count(OutboxEffect, { id, deliveredAt: null })).toBe(1);
    expect(await app.services.outbox.sweep()).toBe(1);
    expect(await outboxMails(app, 'swept@example.org')).toHaveLength(1);
    expect(await app.orm.em.fork().count(OutboxEffect, { id, deliveredAt: null })).toBe(0);
  });
});

describe('draining effects in a test', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('waits for the jobs that delivered effects queued, not only for the effects', async () => {
    // A job effect is delivered once its job is queued; nobody works this queue, so the job never runs.
    await runCommand(depsOf(app), async (uow) => uow.enqueue('test.unworked', { n: 1 }, 'drain-test-job'));
    await expect
      .poll(() => app.orm.em.fork().count(OutboxEffect, { idempotencyKey: 'drain-test-job', deliveredAt: { $ne: null } }))
      .toBe(1);
    // …and the failure names it: the queue, its state and retries, that it has no error to show, and that no worker takes it.
    await expect(app.drainEffects(300)).rejects.toThrow(
      /^1 effects or jobs were still owed after 300 ms: job test\.unworked created \(retry 0, due [^)]+\): no error yet\. Workers: none for these queues$/,
    );
    await app.orm.em.fork().execute(`update pgboss.job set state = 'completed' where name = 'test.unworked'`);
    await app.drainEffects();
  });
});

describe('delivering one effect more than once (the runner is at least once)', () => {
  let app: TestApp;
  let smtp: SmtpListener;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    // Paused: nothing delivers on its own, so the test decides when and how often.
    app = await startTestApp({ pauseEffects: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('sends one SMTP mail, carrying the key as its Message-ID, whether the deliveries overlap or follow', async () => {
    const id = await commitMail(app, 'twice@example.org');
    expect(smtp.received).toHaveLength(0);
    const outcomes = await Promise.all([app.services.outbox.deliver(id), app.services.outbox.deliver(id)]);
    expect(outcomes.toSorted()).toEqual(['delivered', 'skipped']);
    expect(await app.services.outbox.deliver(id)).toBe('skipped');
    const received = smtp.received.filter((m) => m.to.includes('twice@example.org'));
    expect(received).toHaveLength(1);
    expect(received[0]!.headers).toMatch(new RegExp(`^message-id: <${id}@`, 'im'));
  });
});

describe('the mail table receiver', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ pauseEffects: true });
  });
  afterAll(() => app?.close());

  it('stores a mail once even when a crash after sending made the effect go out again', async () => {
    const id = await commitMail(app, 'stored.once@example.org');
    // Background work, not a request's: statement counts of requests running meanwhile stay exact.
    expect(await app.countStatements(() => app.services.outbox.deliver(id))).toEqual([]);
    // The process died after the mailer stored the mail and before the effect was marked delivered.
    await app.orm.em.fork().nativeUpdate(OutboxEffect, { id }, { deliveredAt: null });
    expect(await app.services.outbox.deliver(id)).toBe('delivered');
    const mails = await app.orm.em.fork().find(OutboxMail, { recipient: 'stored.once@example.org' });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.idempotencyKey).toBe(id);
    expect(await app.orm.em.fork().count(OutboxEffect, { id, deliveredAt: null })).toBe(0);
  });
});
