import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../user/user.entity.js';

const CHANGE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id networkRole } }`;
const MEMBERS = `query ($text: String) { members(first: 5, filter: { text: $text }) {
  edges { node { id twoFactorEnabled viewerCan { suspend changeRole resetTwoFactor } } } } }`;
type Listed = { members: { edges: { node: { id: string; twoFactorEnabled: boolean; viewerCan: Record<string, boolean> } }[] } };

let app: TestApp;
const userId = async (name: Parameters<TestApp['cookieOf']>[0]) =>
  (await app.orm.em.fork().findOneOrFail(User, { email: demoEmail(name) })).id;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

describe('changeMemberRole', () => {
  it("makes a member their country's coordinator, audits it and tells the member's sockets", async () => {
    const id = await userId('member.lv');
    const result = await app.gql(CHANGE, { input: { id, networkRole: 'COORDINATOR' } }, { as: await app.cookieOf('admin') });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ changeMemberRole: { id, networkRole: 'COORDINATOR' } });
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(User, id)).coordinatorOf).toEqual(['LV']);
    const [entry] = await em.find(AuditEvent, { action: 'ROLE_CHANGED', subjectId: id });
    expect(entry?.details).toEqual({ networkRole: 'COORDINATOR', previousRole: 'MEMBER' });
    const events = await em.execute<{ topic: string; kind: string }[]>(
      `select payload->>'topic' as topic, payload->'payload'->>'kind' as kind from outbox_effect where kind = 'event'`,
    );
    expect(events).toContainEqual({ topic: `user:${id}`, kind: 'ACCOUNT_CHANGED' });

    const back = await app.gql(CHANGE, { input: { id, networkRole: 'MEMBER' } }, { as: await app.cookieOf('admin') });
    expect(back.errors).toBeUndefined();
    expect((await app.orm.em.fork().findOneOrFail(User, id)).coordinatorOf).toEqual([]);
  });

  it('refuses bad input, strangers, coordinators, and an admin changing their own role', async () => {
    const id = await userId('member.pl');
    const admin = await app.cookieOf('admin');
    expect((await app.gql(CHANGE, { input: { id: 'nope', networkRole: 'ADMIN' } }, { as: admin })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await app.gql(CHANGE, { input: { id, networkRole: 'KING' } }, { as: admin })).errors?.[0]?.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect((await app.gql(CHANGE, { input: { id, networkRole: 'ADMIN' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asCoordinator = await app.gql(CHANGE, { input: { id, networkRole: 'ADMIN' } }, { as: await app.cookieOf('coordinator.lv') });
    expect(asCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const self = await app.gql(CHANGE, { input: { id: await userId('admin'), networkRole: 'MEMBER' } }, { as: admin });
    expect(self.errors?.[0]?.message).toBe('You cannot change your own network role');
    expect((await app.orm.em.fork().findOneOrFail(User, id)).networkRole).toBe('MEMBER');
    expect(await app.orm.em.fork().count(AuditEvent, { action: 'ROLE_CHANGED', subjectId: id })).toBe(0);
  });
});

const list = async (text: string) =>
  (await app.gql<Listed>(MEMBERS, { text }, { as: await app.cookieOf('admin') })).data!.members.edges.map((e) => e.node);

describe('what the admin page may offer per member', () => {
  it('offers no suspension or role change on your own row, and a two-factor reset only where it is on', async () => {
    const [own] = await list('admin@demo');
    expect(own).toMatchObject({ twoFactorEnabled: true, viewerCan: { suspend: false, changeRole: false, resetTwoFactor: false } });
    const [coordinator] = await list('coordinator.lt@');
    expect(coordinator).toMatchObject({ twoFactorEnabled: true, viewerCan: { suspend: true, changeRole: true, resetTwoFactor: true } });
    const [plain] = await list('member.pl@');
    expect(plain).toMatchObject({ twoFactorEnabled: false, viewerCan: { suspend: true, changeRole: true, resetTwoFactor: false } });
  });
});
