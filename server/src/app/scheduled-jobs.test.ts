import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../core/outbox/unit-of-work.js';
import { PasswordReset } from '../features/authentication/password-reset.entity.js';
import { User } from '../features/user/user.entity.js';
import { ExportTicket } from '../features/export/export-ticket.entity.js';
import { Session } from '../features/session/session.entity.js';
import { demoEmail, startTestApp, type TestApp } from '../test/harness.js';
import { FEATURES } from './features.js';

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const hash = () => randomBytes(16).toString('hex');

function job(name: string) {
  const found = FEATURES.flatMap((feature) => feature.jobs ?? []).find((scheduled) => scheduled.name === name);
  if (!found) throw new Error(`no scheduled job ${name}`);
  return found;
}

describe('the expiry clean-ups', () => {
  let app: TestApp;
  let deps: () => CommandDeps;
  let user: User;

  beforeAll(async () => {
    app = await startTestApp({ data: 'demo' });
    deps = () => app.commandDeps();
    user = await app.orm.em.fork().findOneOrFail(User, { email: demoEmail('member.pl') });
  });
  afterAll(() => app?.close());

  it('remove sessions that can never sign in again and keep live ones', async () => {
    const em = app.orm.em.fork();
    const session = (fields: Partial<Pick<Session, 'expiresAt' | 'lastSeenAt' | 'revokedAt'>>) =>
      em.create(Session, { user, tokenHash: hash(), expiresAt: new Date(Date.now() + HOUR), lastSeenAt: new Date(), ...fields });
    const live = session({});
    const expired = session({ expiresAt: ago(1000) });
    const idle = session({ lastSeenAt: ago(13 * HOUR) });
    const revoked = session({ revokedAt: ago(1000) });
    await em.flush();

    await job('session.expiry').run(deps());
    const left = await app.orm.em.fork().find(Session, { id: { $in: [live, expired, idle, revoked].map((s) => s.id) } });
    expect(left.map((s) => s.id)).toEqual([live.id]);
  });

  it('remove used and expired reset links and export tickets, and keep usable ones', async () => {
    const em = app.orm.em.fork();
    const usable = em.create(PasswordReset, { user, tokenHash: hash(), expiresAt: new Date(Date.now() + HOUR) });
    const used = em.create(PasswordReset, { user, tokenHash: hash(), expiresAt: new Date(Date.now() + HOUR), usedAt: ago(1000) });
    const lapsed = em.create(PasswordReset, { user, tokenHash: hash(), expiresAt: ago(1000) });
    const ticket = em.create(ExportTicket, { user, tokenHash: hash(), expiresAt: new Date(Date.now() + 60_000) });
    const oldTicket = em.create(ExportTicket, { user, tokenHash: hash(), expiresAt: ago(1000) });
    await em.flush();

    await job('password-reset.expiry').run(deps());
    await job('export-ticket.expiry').run(deps());
    const resets = await app.orm.em.fork().find(PasswordReset, { id: { $in: [usable.id, used.id, lapsed.id] } });
    expect(resets.map((r) => r.id)).toEqual([usable.id]);
    const tickets = await app.orm.em.fork().find(ExportTicket, { id: { $in: [ticket.id, oldTicket.id] } });
    expect(tickets.map((t) => t.id)).toEqual([ticket.id]);
  });
});
