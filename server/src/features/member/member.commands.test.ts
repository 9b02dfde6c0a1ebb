import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Session } from '../session/session.entity.js';
import { memberViewer, openSession } from '../session/session.service.js';
import { User } from '../user/user.entity.js';
import { suspendMember } from './member.commands.js';

/** Commands know nothing of GraphQL or HTTP: this one runs from plain deps, built here by hand. */
describe('suspendMember called directly', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ data: 'demo' });
  });

  afterAll(() => app.close());

  it('suspends the member, ends their session, audits it and records the event for the sockets', async () => {
    const setup = app.orm.em.fork();
    const admin = await setup.findOneOrFail(User, { email: demoEmail('admin') }, { populate: ['country', 'expert', 'editorOf'] });
    const target = await setup.findOneOrFail(User, { email: demoEmail('member.pl') });
    const { session } = openSession(setup, target, 'Direct test/1.0');
    await setup.flush();
    const deps: CommandDeps = { ...app.commandDeps(), actor: memberViewer(admin, randomUUID()) };

    const member = await suspendMember(deps, target.id);

    expect(member.user.status).toBe('SUSPENDED');
    const check = app.orm.em.fork();
    expect((await check.findOneOrFail(User, target.id)).status).toBe('SUSPENDED');
    expect((await check.findOneOrFail(Session, session.id)).revokedAt).toBeInstanceOf(Date);
    const entries = await check.find(AuditEvent, { action: 'MEMBER_SUSPENDED', subjectId: target.id });
    expect(entries.map((entry) => ({ actor: entry.actorId, details: entry.details }))).toEqual([
      { actor: admin.id, details: { sessionsRevoked: 1 } },
    ]);
    const events = await check.execute<{ topic: string; ids: string[] }[]>(
      `select payload->>'topic' as topic, payload->'payload'->'sessionIds' as ids from outbox_effect where kind = 'event'`,
    );
    expect(events).toContainEqual({ topic: 'SESSIONS_REVOKED', ids: [session.id] });
  });
});
