import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { outboxMails, tokenFrom } from '../mail/outbox.test-support.js';
import {
  APPROVE,
  demoPlaces,
  errorOf,
  INVITE,
  invitationCount,
  ok,
  PREVIEW,
  storedInvitation,
  type DemoPlaces,
  type InvitationNode,
} from './invitation.test-support.js';

let app: TestApp;
let places: DemoPlaces;
let coordinatorLv: { id: string; fullName: string };

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
  const viewer = await app.gql<{ viewer: { expert: { id: string; fullName: string } } }>(
    `{ viewer { expert { id fullName } } }`,
    {},
    { as: await app.cookieOf('coordinator.lv') },
  );
  coordinatorLv = viewer.data!.viewer.expert;
});
afterAll(() => app?.close());

const local = (municipalityId?: string) => ({ name: 'Riga Crisis Centre', type: 'NGO', level: 'LOCAL', municipalityId });
const input = (overrides: Record<string, unknown> = {}) => ({
  email: 'new.expert@example.org',
  countryCode: 'LV',
  organisationId: places.lvOrganisation.id,
  ...overrides,
});

describe('inviteMember', () => {
  it('sends a coordinator’s invitation for their own country at once, mails the link and audits ids only', async () => {
    const sentAt = Date.now();
    const invitation = await ok<InvitationNode>(
      app.gql(
        INVITE,
        { input: input({ email: 'Ieva.Ozola@Example.ORG', message: 'Welcome to the Latvian referral group.' }) },
        { as: await app.cookieOf('coordinator.lv') },
      ),
    );
    expect(invitation).toMatchObject({
      email: 'ieva.ozola@example.org',
      kind: 'INVITATION',
      status: 'SENT',
      networkRole: 'MEMBER',
      reason: 'Welcome to the Latvian referral group.',
      country: { code: 'LV' },
      organisation: places.lvOrganisation,
      invitedBy: coordinatorLv,
      approvedBy: coordinatorLv,
      viewerCan: { approve: false, revoke: true },
    });
    const validFor = Date.parse(invitation.expiresAt!) - sentAt;
    expect(Math.abs(validFor - 7 * 24 * 3600 * 1000)).toBeLessThan(60_000);

    const [mail, ...more] = await outboxMails(app, 'ieva.ozola@example.org');
    expect(more).toHaveLength(0);
    expect(mail!.body).toContain(`${app.config.publicUrl}/invitations/accept?token=`);
    expect(mail!.body).toContain(coordinatorLv.fullName);
    expect(mail!.body).toContain(places.lvOrganisation.name);
    expect(mail!.body).toContain('expires in 7 days');
    expect(mail!.body).toContain('Welcome to the Latvian referral group.');
    const preview = await app.gql(PREVIEW, { token: tokenFrom(mail!.body, '/invitations/accept') });
    expect(preview.data?.invitationPreview).toMatchObject({
      email: 'ieva.ozola@example.org',
      organisationName: places.lvOrganisation.name,
      countryName: 'Latvia',
    });

    const [event] = await app.orm.em.fork().find(AuditEvent, { subjectId: invitation.id });
    expect(event).toMatchObject({
      action: 'INVITATION_CREATED',
      subjectType: 'invitation',
      details: { kind: 'INVITATION', country: 'LV', sentAtOnce: true },
    });
    const stored = await storedInvitation(app, invitation.id);
    expect(JSON.stringify(event!.details)).not.toMatch(/ieva|example|Welcome/i);
    expect(JSON.stringify(event!.details)).not.toContain(stored.tokenHash);
  });

  it('refuses a second pending invitation to the same address with CONFLICT', async () => {
    const first = await ok<InvitationNode>(
      app.gql(INVITE, { input: input({ email: 'twice.invited@example.org' }) }, { as: await app.cookieOf('coordinator.lv') }),
    );
    expect(first.status).toBe('SENT');
    const before = await invitationCount(app);
    // Another gatekeeper, and the address in other letter case: still the same person.
    const again = await app.gql(INVITE, { input: input({ email: 'TWICE.invited@Example.org' }) }, { as: await app.cookieOf('admin') });
    expect(errorOf(again).code).toBe('CONFLICT');
    expect(await invitationCount(app)).toBe(before);
    expect(await outboxMails(app, 'twice.invited@example.org')).toHaveLength(1);
  });

  it('is refused to anonymous visitors and to members, and stores nothing', async () => {
    const before = await invitationCount(app);
    expect(errorOf(await app.gql(INVITE, { input: input() })).code).toBe('UNAUTHENTICATED');
    for (const name of ['member.lv', 'moderator'] as const) {
      expect(errorOf(await app.gql(INVITE, { input: input() }, { as: await app.cookieOf(name) })).code).toBe('FORBIDDEN');
    }
    expect(await invitationCount(app)).toBe(before);
    expect(await outboxMails(app, 'new.expert@example.org')).toHaveLength(0);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email' }, 'email'],
      [{ email: `${'a'.repeat(310)}@example.org` }, 'email'],
      [{ countryCode: 'LVA' }, 'countryCode'],
      [{ countryCode: 'XX' }, 'input.countryCode'],
      [{ organisationId: null }, 'input.organisationId'],
      [{ organisationId: 'nope' }, 'organisationId'],
      [{ newOrganisation: local(places.riga) }, 'input.newOrganisation'],
      [{ organisationId: places.ltOrganisation.id }, 'input.organisationId'],
      [{ organisationId: null, newOrganisation: local() }, 'input.newOrganisation.municipalityId'],
      [{ organisationId: null, newOrganisation: local(places.vilnius) }, 'input.newOrganisation.municipalityId'],
      [
        {
          organisationId: null,
          newOrganisation: { name: 'Latvian Shelter Network', type: 'NGO', level: 'NATIONAL', municipalityId: places.riga },
        },
        'input.newOrganisation.municipalityId',
      ],
      [{ organisationId: null, newOrganisation: { ...local(places.riga), name: 'x' } }, 'newOrganisation.name'],
      [{ message: 'm'.repeat(2001) }, 'message'],
    ];
    const before = await invitationCount(app);
    for (const [change, field] of cases) {
      const result = await app.gql(INVITE, { input: input(change) }, { as: await app.cookieOf('coordinator.lv') });
      expect({ change, ...errorOf(result) }).toMatchObject({ change, code: 'BAD_USER_INPUT', fields: [field] });
    }
    expect(await invitationCount(app)).toBe(before);
  });

  it('accepts a regional organisation, or a new local one in a municipality of the country', async () => {
    const as = { as: await app.cookieOf('coordinator.lv') };
    const regional = await ok<InvitationNode>(
      app.gql(INVITE, { input: input({ email: 'regional@example.org', organisationId: places.regionalOrganisation.id }) }, as),
    );
    expect(regional.organisation).toEqual(places.regionalOrganisation);
    const newLocal = { name: '  Riga Crisis Centre ', type: 'NGO', level: 'LOCAL', municipalityId: places.riga };
    const created = await ok<InvitationNode>(
      app.gql(INVITE, { input: input({ email: 'crisis@example.org', organisationId: null, newOrganisation: newLocal }) }, as),
    );
    expect(created).toMatchObject({ status: 'SENT', organisation: null, newOrganisationName: 'Riga Crisis Centre' });
    expect((await outboxMails(app, 'crisis@example.org'))[0]!.body).toContain('Riga Crisis Centre (Latvia)');
  });

  it('lets an invitation for another country, or for a coordinator, wait for whoever may grant it', async () => {
    const coordinator = await app.cookieOf('coordinator.lv');
    const forLithuania = await ok<InvitationNode>(
      app.gql(
        INVITE,
        { input: input({ email: 'lt.colleague@example.org', countryCode: 'LT', organisationId: places.ltOrganisation.id }) },
        { as: coordinator },
      ),
    );
    expect(forLithuania).toMatchObject({
      status: 'AWAITING_APPROVAL',
      expiresAt: null,
      approvedBy: null,
      viewerCan: { approve: false, revoke: true },
    });
    const newCoordinator = await ok<InvitationNode>(
      app.gql(INVITE, { input: input({ email: 'deputy@example.org', networkRole: 'COORDINATOR' }) }, { as: coordinator }),
    );
    expect(newCoordinator).toMatchObject({ status: 'AWAITING_APPROVAL', networkRole: 'COORDINATOR', viewerCan: { approve: false } });
    expect(errorOf(await app.gql(APPROVE, { id: newCoordinator.id }, { as: coordinator })).code).toBe('FORBIDDEN');
    expect((await storedInvitation(app, newCoordinator.id)).status).toBe('AWAITING_APPROVAL');
    expect(await outboxMails(app, 'deputy@example.org')).toHaveLength(0);

    const approved = await ok<InvitationNode>(app.gql(APPROVE, { id: newCoordinator.id }, { as: await app.cookieOf('admin') }));
    expect(approved).toMatchObject({ status: 'SENT', invitedBy: coordinatorLv });
    expect(await outboxMails(app, 'deputy@example.org')).toHaveLength(1);
  });

  it('mails a member’s address a pointer to sign in instead of a link, and tells the inviter nothing', async () => {
    const invitation = await ok<InvitationNode>(
      app.gql(INVITE, { input: input({ email: 'member.lv@demo.strom.invalid' }) }, { as: await app.cookieOf('coordinator.lv') }),
    );
    expect(invitation.status).toBe('SENT');
    const [mail] = await outboxMails(app, 'member.lv@demo.strom.invalid');
    expect(mail!.body).toContain('belongs to a member already');
    expect(mail!.body).not.toContain('token=');
  });

  it('limits looks at invitation links per token and per address', async () => {
    const token = 'x'.repeat(43);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(errorOf(await app.gql(PREVIEW, { token })).code).toBe('BAD_USER_INPUT');
    }
    const limited = await app.gql(PREVIEW, { token });
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
