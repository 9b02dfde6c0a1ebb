import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { outboxMails, tokenFrom } from '../mail/outbox.test-support.js';
import {
  demoPlaces,
  errorOf,
  INVITE,
  ok,
  PREVIEW,
  PROPOSE,
  storedInvitation,
  type DemoPlaces,
  type InvitationNode,
} from './invitation.test-support.js';

const FIELDS = `id status fullName jobTitle awaitingApprovalBy viewerCan { approve decline revoke resend }`;
const DECLINE = `mutation ($input: DeclineInvitationInput!) { declineInvitation(input: $input) { ${FIELDS} } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(id: $id) { ${FIELDS} } }`;
const COUNT = `{ pendingApprovalCount }`;
const REASON = 'Works with us on referrals in Liepāja.';

type Decided = { id: string; status: string; fullName: string | null; jobTitle: string | null; awaitingApprovalBy: string | null };

let app: TestApp;
let places: DemoPlaces;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
});
afterAll(() => app?.close());

const proposeFor = async (email: string, countryCode = 'LV', organisationId = places.lvOrganisation.id) =>
  ok<InvitationNode & Decided>(
    app.gql(
      PROPOSE.replace('viewerCan { approve revoke }', `viewerCan { approve revoke } fullName jobTitle awaitingApprovalBy`),
      { input: { email, fullName: 'Ilze Bērziņa', jobTitle: 'Shelter manager', countryCode, organisationId, reason: REASON } },
      { as: await app.cookieOf('member.pl') },
    ),
  );
const count = async (name: Parameters<TestApp['cookieOf']>[0]) =>
  (await app.gql<{ pendingApprovalCount: number }>(COUNT, {}, { as: await app.cookieOf(name) })).data?.pendingApprovalCount;

describe('invitation details', () => {
  it('keeps the name and role of the person proposed, for the coordinator to see', async () => {
    const proposal = await proposeFor('ilze.details@example.org');
    expect(proposal).toMatchObject({ fullName: 'Ilze Bērziņa', jobTitle: 'Shelter manager', awaitingApprovalBy: 'COUNTRY_COORDINATOR' });
  });

  it('refuses a name with text-direction characters', async () => {
    const input = { email: 'bidi@example.org', fullName: 'Anna \u202egreB', countryCode: 'LV', organisationId: places.lvOrganisation.id };
    const result = await app.gql(INVITE, { input }, { as: await app.cookieOf('coordinator.lv') });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['fullName'] });
  });
});

/** A coordinator of Latvia invites someone for Latvia in a given network role. */
const inviteAsCoordinator = async (email: string, networkRole: string) =>
  ok<Decided & { viewerCan: Record<string, boolean> }>(
    app.gql(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { ${FIELDS} } }`,
      { input: { email, fullName: 'Someone Invited', countryCode: 'LV', organisationId: places.lvOrganisation.id, networkRole } },
      { as: await app.cookieOf('coordinator.lv') },
    ),
  );

describe('awaitingApprovalBy', () => {
  it('tells a coordinator inviting an administrator that an admin approves it, not herself', async () => {
    expect(await inviteAsCoordinator('future.admin@example.org', 'ADMIN')).toMatchObject({
      status: 'AWAITING_APPROVAL',
      awaitingApprovalBy: 'ADMIN',
      viewerCan: { approve: false, decline: false },
    });
  });

  it('is null once an invitation went out', async () => {
    expect(await inviteAsCoordinator('sent.member@example.org', 'MEMBER')).toMatchObject({
      status: 'SENT',
      awaitingApprovalBy: null,
      viewerCan: { resend: true },
    });
  });
});

describe('pendingApprovalCount', () => {
  it('counts only what this reviewer may approve: their country, roles they may grant', async () => {
    const [lv, lt, admin] = [await count('coordinator.lv'), await count('coordinator.lt'), await count('admin')];
    await proposeFor('count.lv@example.org');
    expect(await count('coordinator.lv')).toBe(lv! + 1);
    expect(await count('coordinator.lt')).toBe(lt);
    expect(await count('admin')).toBe(admin! + 1);
    // An invitation of an administrator waits for an admin: it is not counted for the coordinator.
    const input = { email: 'count.admin@example.org', countryCode: 'LV', organisationId: places.lvOrganisation.id, networkRole: 'ADMIN' };
    await ok(app.gql(INVITE, { input }, { as: await app.cookieOf('coordinator.lv') }));
    expect(await count('coordinator.lv')).toBe(lv! + 1);
    expect(await count('admin')).toBe(admin! + 2);
  });

  it('is for reviewers, signed in', async () => {
    expect(errorOf(await app.gql(COUNT, {}, { as: await app.cookieOf('member.lv') })).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(COUNT)).code).toBe('UNAUTHENTICATED');
  });
});

describe('declineInvitation', () => {
  it('turns a proposal down and mails its author the reason; the audit log keeps no reason', async () => {
    const proposal = await proposeFor('declined@example.org');
    const declined = await ok<Decided>(
      app.gql(DECLINE, { input: { id: proposal.id, reason: '  Not a frontline role.  ' } }, { as: await app.cookieOf('coordinator.lv') }),
    );
    expect(declined).toMatchObject({ status: 'REVOKED', viewerCan: { approve: false, decline: false } });
    const [mail] = await outboxMails(app, demoEmail('member.pl')).then((mails) =>
      mails.filter((m) => m.body.includes('declined@') || m.body.includes('Ilze')),
    );
    expect(mail?.subject).toBe('Your proposal to Strom was declined');
    expect(mail?.body).toContain('Your proposal of Ilze Bērziņa to join Strom was declined.');
    expect(mail?.body).toContain('Not a frontline role.');
    expect(await outboxMails(app, 'declined@example.org')).toHaveLength(0);
    const entry = await app.orm.em.fork().findOneOrFail(AuditEvent, { action: 'INVITATION_DECLINED', subjectId: proposal.id });
    expect(entry.details).toEqual({
      kind: 'PROPOSAL',
      country: 'LV',
      organisationId: places.lvOrganisation.id,
      newOrganisation: false,
      networkRole: 'MEMBER',
      reasonGiven: true,
    });
  });

  it('refuses a reason too long, another country’s coordinator, the proposer and strangers', async () => {
    const proposal = await proposeFor('kept@example.org');
    const decline = async (as: string | null, reason = 'No') =>
      errorOf(await app.gql(DECLINE, { input: { id: proposal.id, reason } }, { as }));
    expect(await decline(await app.cookieOf('coordinator.lv'), 'r'.repeat(2001))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['reason'],
    });
    expect((await decline(await app.cookieOf('coordinator.lt'))).code).toBe('FORBIDDEN');
    expect((await decline(await app.cookieOf('member.pl'))).code).toBe('FORBIDDEN');
    expect((await decline(null)).code).toBe('UNAUTHENTICATED');
    expect((await storedInvitation(app, proposal.id)).status).toBe('AWAITING_APPROVAL');
  });

  it('declines only what waits', async () => {
    const input = { email: 'already.sent@example.org', countryCode: 'LV', organisationId: places.lvOrganisation.id };
    const sent = await ok<InvitationNode>(app.gql(INVITE, { input }, { as: await app.cookieOf('coordinator.lv') }));
    const result = await app.gql(DECLINE, { input: { id: sent.id } }, { as: await app.cookieOf('coordinator.lv') });
    expect(errorOf(result).code).toBe('CONFLICT');
  });
});

describe('resendInvitation', () => {
  it('mails a new link and kills the old one; audited', async () => {
    const email = 'resent@example.org';
    const input = { email, countryCode: 'LV', organisationId: places.lvOrganisation.id };
    const sent = await ok<InvitationNode>(app.gql(INVITE, { input }, { as: await app.cookieOf('coordinator.lv') }));
    const [first] = await outboxMails(app, email);
    await ok(app.gql(RESEND, { id: sent.id }, { as: await app.cookieOf('admin') }));
    const mails = await outboxMails(app, email);
    expect(mails).toHaveLength(2);
    const oldToken = tokenFrom(first!.body, '/invitations/accept');
    const newToken = tokenFrom(mails[1]!.body, '/invitations/accept');
    expect(newToken).not.toBe(oldToken);
    expect(errorOf(await app.gql(PREVIEW, { token: oldToken })).code).toBe('BAD_USER_INPUT');
    expect((await app.gql(PREVIEW, { token: newToken })).data).toMatchObject({ invitationPreview: { email } });
    expect(await app.orm.em.fork().count(AuditEvent, { action: 'INVITATION_RESENT', subjectId: sent.id })).toBe(1);
  });

  it('refuses other countries’ coordinators, members, strangers, and what waits for approval', async () => {
    const proposal = await proposeFor('not.sent@example.org');
    const resend = async (as: string | null) => errorOf(await app.gql(RESEND, { id: proposal.id }, { as })).code;
    expect(await resend(await app.cookieOf('coordinator.lv'))).toBe('CONFLICT');
    expect(await resend(await app.cookieOf('coordinator.lt'))).toBe('FORBIDDEN');
    expect(await resend(await app.cookieOf('member.pl'))).toBe('FORBIDDEN');
    expect(await resend(null)).toBe('UNAUTHENTICATED');
  });
});
