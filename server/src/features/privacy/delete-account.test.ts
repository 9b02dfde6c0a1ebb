import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { findBrokenLink } from '../audit/audit.service.js';
import { Expert } from '../expert/expert.entity.js';
import { signIn, storedUser } from '../member/member.test-support.js';
import { RoleAssignment } from '../role-assignment/role-assignment.entity.js';
import { Session } from '../session/session.entity.js';
import { Invitation } from '../invitation/invitation.entity.js';
import { demoPlaces, INVITE, ok } from '../invitation/invitation.test-support.js';
import { OutboxMail } from '../mail/outbox-mail.entity.js';

const DELETE = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;
const ME = `{ viewer { id email expert { id fullName } } }`;

let app: TestApp;
let cookie: string;
let userId: string;
let expertId: string;
let fullName: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  cookie = await app.cookieOf('member.pl');
  const me = await app.gql<{ viewer: { id: string; expert: { id: string; fullName: string } } }>(ME, {}, { as: cookie });
  ({
    id: userId,
    expert: { id: expertId, fullName },
  } = me.data!.viewer);
});
afterAll(() => app?.close());

const auditAbout = (id: string) =>
  app.orm.em.fork().find(AuditEvent, { $or: [{ actorId: id }, { subjectId: id }] }, { orderBy: { sequence: 'asc' } });

describe('deleteMyAccount', () => {
  it('is refused to anonymous visitors and with a wrong password, and changes nothing', async () => {
    expect((await app.gql(DELETE, { password: DEMO_PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await app.gql(DELETE, { password: 'not the password' }, { as: cookie });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password' }] });
    const tooLong = await app.gql(DELETE, { password: 'x'.repeat(10_000) }, { as: cookie });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await storedUser(app, userId)).toMatchObject({ email: demoEmail('member.pl'), status: 'ACTIVE', deletedAt: null });
    expect((await app.orm.em.fork().findOneOrFail(Expert, expertId)).fullName).toBe(fullName);
    expect((await app.gql(ME, {}, { as: cookie })).data!.viewer).toMatchObject({ id: userId });
  });

  it('removes personal data, ends sessions and sockets, clears the cookie and keeps the audit entries', async () => {
    const second = (await signIn(app, { email: demoEmail('member.pl'), password: DEMO_PASSWORD })).cookie!;
    expect(await app.orm.em.fork().count(RoleAssignment, { expert: expertId })).toBeGreaterThan(0);
    const before = await auditAbout(userId);
    const feed = await subscribe(app.url, `subscription { networkActivity { node { id } } }`, { cookie: second });
    const scenario = (shared: boolean) =>
      app.gql(
        `mutation ($input: SaveCostScenarioInput!) { saveCostScenario(input: $input) { id } }`,
        {
          input: {
            id: randomUUID(),
            title: shared ? 'Shared estimate' : 'Private estimate',
            confirmations: [],
            countryCode: 'PL',
            currency: 'PLN',
            priceYear: 2026,
            shared,
            lines: [],
          },
        },
        { as: cookie },
      );
    const privateId = (await scenario(false)).data!.saveCostScenario.id as string;
    const sharedId = (await scenario(true)).data!.saveCostScenario.id as string;
    let result;
    try {
      result = await app.gql(DELETE, { password: DEMO_PASSWORD }, { as: cookie });
      expect(result.errors).toBeUndefined();
      expect(result.data!.deleteMyAccount).toBe(true);
      const closed = await Promise.race([feed.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 3000))]);
      expect(closed).toMatchObject({ code: 4403 });
    } finally {
      await feed.close();
    }
    expect(result.setCookie?.some((c) => c.startsWith('strom_session=;') && c.includes('Max-Age=0'))).toBe(true);
    for (const session of [cookie, second]) expect((await app.gql(ME, {}, { as: session })).data!.viewer).toBeNull();
    expect(await app.orm.em.fork().count(Session, { user: userId, revokedAt: null })).toBe(0);
    const scenarios = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(`select id from cost_scenario where id in (?, ?)`, [privateId, sharedId]);
    expect(scenarios).toEqual([{ id: sharedId }]);

    const user = await storedUser(app, userId);
    expect(user).toMatchObject({
      email: `deleted-${userId}@invalid`,
      passwordHash: null,
      totpSecret: null,
      totpEnabled: false,
      recoveryCodeHashes: [],
      status: 'SUSPENDED',
    });
    expect(user.deletedAt).toBeInstanceOf(Date);
    expect(await app.orm.em.fork().findOne(Expert, expertId)).toBeNull();
    expect(await app.orm.em.fork().count(RoleAssignment, { expert: expertId })).toBe(0);

    const after = await auditAbout(userId);
    expect(after.slice(0, before.length).map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.at(-1)).toMatchObject({ action: 'ACCOUNT_DELETED', actorId: userId, subjectId: userId });
    expect(JSON.stringify(after)).not.toContain('member.pl');
    expect(await findBrokenLink(app.orm.em.fork())).toBeNull();
  });

  it('cannot sign in again, and the profile is gone from the directory', async () => {
    expect(await signIn(app, { email: demoEmail('member.pl'), password: DEMO_PASSWORD })).toMatchObject({
      cookie: null,
      error: { code: 'UNAUTHENTICATED', message: 'The email address or the password is not right' },
    });
    const seen = await app.gql<{ expert: unknown }>(
      `query ($id: ID!) { expert(id: $id) { fullName title contacts { email phone messagingHandle } roles { id } } }`,
      { id: expertId },
      { as: await app.cookieOf('coordinator.lv') },
    );
    expect(seen.data!.expert).toBeNull();
    const members = await app.gql<{ members: { edges: { node: { id: string } }[] } }>(
      `{ members(first: 100) { edges { node { id } } } }`,
      {},
      { as: await app.cookieOf('admin') },
    );
    expect(members.data!.members.edges.map((e) => e.node.id)).not.toContain(userId);
  });

  it('anonymises the invitations addressed to the member and deletes the mails waiting for them, in the same step', async () => {
    const email = demoEmail('member.lv');
    const note = 'A personal note for Jana about the Liepaja shelter';
    const places = await demoPlaces(app);
    await ok(
      app.gql(
        INVITE,
        { input: { email, countryCode: 'LV', organisationId: places.lvOrganisation.id, message: note } },
        { as: await app.cookieOf('admin') },
      ),
    );
    await app.gql(`mutation ($email: String!) { requestPasswordReset(email: $email) }`, { email });
    const em = app.orm.em.fork();
    expect(await em.count(Invitation, { email })).toBe(1);
    await expect.poll(() => app.orm.em.fork().count(OutboxMail, { recipient: email })).toBe(2);
    const memberCookie = await app.cookieOf('member.lv');
    const me = await app.gql<{ viewer: { id: string } }>(ME, {}, { as: memberCookie });

    expect((await app.gql(DELETE, { password: DEMO_PASSWORD }, { as: memberCookie })).errors).toBeUndefined();
    const after = app.orm.em.fork();
    expect(await after.count(Invitation, { email })).toBe(0);
    expect(await after.count(Invitation, { reason: note })).toBe(0);
    const [invitation] = await after.find(Invitation, { email: `deleted-${me.data!.viewer.id}@invalid` });
    expect(invitation).toMatchObject({ reason: null, status: 'REVOKED' });
    expect(await after.count(OutboxMail, { recipient: email })).toBe(0);
    const effects = await after.execute<{ n: string }[]>(`select count(*) as n from outbox_effect where payload->>'to' = ?`, [email]);
    expect(Number(effects[0]?.n)).toBe(0);
  });
});
