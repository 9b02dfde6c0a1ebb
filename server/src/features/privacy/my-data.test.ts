import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOTP_SECRET } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { storedUser } from '../member/member.test-support.js';
import { demoPlaces, ok, PROPOSE } from '../invitation/invitation.test-support.js';

const MY_DATA = `{ myData }`;
const PROFILE = `{ viewer { id expert { id fullName title languages topics contacts { email phone messagingHandle } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

async function exportOf(cookie: string) {
  const result = await app.gql<{ myData: string }>(MY_DATA, {}, { as: cookie });
  expect(result.errors).toBeUndefined();
  const data: Record<string, any> = JSON.parse(result.data!.myData);
  return { text: result.data!.myData, data };
}

describe('myData', () => {
  it('is for signed-in members only', async () => {
    expect((await app.gql(MY_DATA)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("holds the member's account, profile with contacts and visibility, roles, sessions and audit entries", async () => {
    const cookie = await app.cookieOf('member.lv');
    const profile = await app.gql<{ viewer: { id: string; expert: Record<string, any> } }>(PROFILE, {}, { as: cookie });
    const { id: userId, expert } = profile.data!.viewer;
    const { data } = await exportOf(cookie);

    expect(data.account).toMatchObject({
      id: userId,
      email: demoEmail('member.lv'),
      networkRole: 'MEMBER',
      status: 'ACTIVE',
      country: 'LV',
      totpEnabled: false,
    });
    expect(data.account.organisationsYouEdit).toHaveLength(1);
    expect(data.expertProfile).toMatchObject({
      id: expert.id,
      fullName: expert.fullName,
      title: expert.title,
      languages: expert.languages,
      topics: expert.topics,
      country: 'LV',
      contacts: {
        email: { value: expert.contacts.email, visibleTo: expect.stringMatching(/^(NETWORK|COUNTRY|NOBODY)$/) },
        phone: { value: expert.contacts.phone },
        messagingHandle: { value: expert.contacts.messagingHandle },
      },
    });
    expect(data.roles.length).toBeGreaterThan(0);
    expect(data.roles[0]).toHaveProperty('role');
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(data.sessions[0]).toSorted()).toEqual(['createdAt', 'expiresAt', 'lastSeenAt', 'revokedAt', 'userAgent']);
    expect(data.invitationsSent).toEqual([]);
    expect(data.auditEntries.map((e: { action: string }) => e.action)).toContain('SIGN_IN');
  });

  it('never contains password hashes, TOTP secrets, recovery codes or session tokens', async () => {
    const cookie = await app.cookieOf('admin');
    const { text, data } = await exportOf(cookie);
    expect(data.account.totpEnabled).toBe(true);
    const stored = await storedUser(app, data.account.id);
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain(stored.passwordHash!);
    expect(text).not.toContain(DEMO_TOTP_SECRET);
    for (const hash of stored.recoveryCodeHashes) expect(text).not.toContain(hash);
    expect(text).not.toContain(cookie.split('=')[1]!);
    expect(text).not.toMatch(/passwordHash|totpSecret|tokenHash|recoveryCodeHashes|totpLastStep/);
  });

  it('records the download in the audit log', async () => {
    const cookie = await app.cookieOf('member.pl');
    const { data } = await exportOf(cookie);
    const entries = await app.orm.em.fork().find(AuditEvent, { action: 'DATA_EXPORTED', actorId: data.account.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ subjectType: 'user', subjectId: data.account.id, details: {} });
  });

  it("never shows a proposed person the proposer's vouching note, and says why", async () => {
    // A member proposes an address that turns out to be another member's: that member's export lists the proposal.
    const places = await demoPlaces(app);
    const note = 'Confidential: I vouch for her because of the Liepaja case';
    await ok(
      app.gql(
        PROPOSE,
        { input: { email: demoEmail('member.lv'), countryCode: 'LV', organisationId: places.lvOrganisation.id, reason: note } },
        { as: await app.cookieOf('member.pl') },
      ),
    );
    const { text, data } = await exportOf(await app.cookieOf('member.lv'));
    expect(data.invitationsOfYou).toHaveLength(1);
    expect(data.invitationsOfYou[0]).toMatchObject({ kind: 'PROPOSAL', status: 'AWAITING_APPROVAL' });
    expect(text).not.toContain(note);
    expect(data.notes).toMatch(/vouch/i);
    // The proposer's own export keeps what they wrote.
    const proposer = await exportOf(await app.cookieOf('member.pl'));
    expect(proposer.data.invitationsSent[0]).toMatchObject({ kind: 'PROPOSAL', reason: note });
  });
});
