import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { NetworkActivity } from '../network-activity/network-activity.entity.js';
import { User } from '../user/user.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { outboxMails, tokenFrom } from '../mail/outbox.test-support.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Invitation } from './invitation.entity.js';
import {
  ACCEPT,
  APPROVE,
  demoPlaces,
  errorOf,
  INVITE,
  LINK_INVALID,
  ok,
  PREVIEW,
  PROPOSE,
  REVOKE,
  storedInvitation,
  type DemoPlaces,
  type InvitationNode,
} from './invitation.test-support.js';

type Accepted = {
  email: string;
  networkRole: string;
  coordinatorOf: { code: string }[];
  expert: {
    fullName: string;
    country: { code: string };
    municipality: { name: string } | null;
    organisation: { id: string; name: string };
  };
};

const PASSWORD = 'a long and unusual passphrase';
const NEW_ORGANISATION = { name: 'Riga Crisis Centre', type: 'NGO', level: 'LOCAL' };

let app: TestApp;
let places: DemoPlaces;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
});
afterAll(() => app?.close());

/** Invites an address as coordinator.lv (sent at once) and returns the invitation with the token from its mail. */
async function invited(email: string, extra: Record<string, unknown> = {}): Promise<{ invitation: InvitationNode; token: string }> {
  const input = { email, countryCode: 'LV', organisationId: places.lvOrganisation.id, ...extra };
  const invitation = await ok<InvitationNode>(app.gql(INVITE, { input }, { as: await app.cookieOf('coordinator.lv') }));
  const mails = await outboxMails(app, email);
  return { invitation, token: tokenFrom(mails.at(-1)!.body, '/invitations/accept') };
}

/** What the invitee's page gets for a token: preview and accept must both give the one message, and no session. */
async function answersTo(token: string) {
  const preview = errorOf(await app.gql(PREVIEW, { token }));
  const accept = await app.gql(ACCEPT, { input: { token, fullName: 'Someone Else', password: PASSWORD } });
  const signedIn = accept.setCookie?.some((c) => c.includes('strom_session=')) ?? false;
  return { preview, accept: errorOf(accept), signedIn };
}

const REFUSED = {
  preview: { code: 'BAD_USER_INPUT', message: LINK_INVALID, fields: ['token'] },
  accept: { code: 'BAD_USER_INPUT', message: LINK_INVALID, fields: ['input.token'] },
  signedIn: false,
};

/**
 * Member PL proposes an address for a new organisation in Riga and coordinator LV approves it: the mailed link's
 * token. Each test below makes its own, so none depends on another having run.
 */
async function approvedProposal(email: string, organisationName = NEW_ORGANISATION.name): Promise<{ invitationId: string; token: string }> {
  const proposal = await ok<InvitationNode>(
    app.gql(
      PROPOSE,
      {
        input: {
          email,
          countryCode: 'LV',
          newOrganisation: { ...NEW_ORGANISATION, name: organisationName, municipalityId: places.riga },
          reason: 'Runs the crisis centre',
        },
      },
      { as: await app.cookieOf('member.pl') },
    ),
  );
  await ok(app.gql(APPROVE, { id: proposal.id }, { as: await app.cookieOf('coordinator.lv') }));
  const [mail, ...more] = await outboxMails(app, email);
  expect(more).toHaveLength(0);
  return { invitationId: proposal.id, token: tokenFrom(mail!.body, '/invitations/accept') };
}

describe('a proposal, approved, accepted', () => {
  it('goes from a member’s proposal with a new organisation to a mailed link with a preview', async () => {
    const { token } = await approvedProposal('liene.preview@example.org');
    const preview = await app.gql<{
      invitationPreview: { email: string; organisationName: string; countryName: string; expiresAt: string };
    }>(PREVIEW, { token });
    expect(preview.data!.invitationPreview).toMatchObject({
      email: 'liene.preview@example.org',
      organisationName: 'Riga Crisis Centre',
      countryName: 'Latvia',
    });
    expect(Date.parse(preview.data!.invitationPreview.expiresAt)).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });

  it('refuses a weak password or a short name, naming the field, and creates nothing', async () => {
    const { invitationId, token } = await approvedProposal('ilze.vitola@example.org');
    const cases: [Record<string, string>, string][] = [
      [{ password: 'short' }, 'input.password'],
      [{ password: 'password1234' }, 'input.password'],
      [{ password: 'ilze.vitola-rocks-2026' }, 'input.password'],
      [{ fullName: 'A' }, 'fullName'],
      [{ fullName: '  A  ' }, 'input.fullName'],
    ];
    for (const [change, field] of cases) {
      const result = await app.gql(ACCEPT, { input: { token, fullName: 'Ilze Vītola', password: PASSWORD, ...change } });
      expect({ change, ...errorOf(result) }).toMatchObject({ change, code: 'BAD_USER_INPUT', fields: [field] });
    }
    expect(await app.orm.em.fork().count(User, { email: 'ilze.vitola@example.org' })).toBe(0);
    expect((await storedInvitation(app, invitationId)).status).toBe('SENT');
  });

  it('creates the organisation, the profile and the account, and signs the new member in', async () => {
    const { invitationId, token } = await approvedProposal('anna.berzina@example.org');
    const result = await app.gql<{ acceptInvitation: Accepted }>(ACCEPT, {
      input: { token, fullName: '  Anna Bērziņa ', password: PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.acceptInvitation).toMatchObject({
      email: 'anna.berzina@example.org',
      networkRole: 'MEMBER',
      coordinatorOf: [],
      expert: {
        fullName: 'Anna Bērziņa',
        country: { code: 'LV' },
        municipality: { name: 'Riga' },
        organisation: { name: 'Riga Crisis Centre' },
      },
    });
    const cookie = result.setCookie?.find((c) => c.includes('strom_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const viewer = await app.gql<{ viewer: { email: string; expert: { fullName: string } } }>(
      `{ viewer { email expert { fullName } } }`,
      {},
      { as: cookie!.split(';')[0] },
    );
    expect(viewer.data!.viewer).toEqual({ email: 'anna.berzina@example.org', expert: { fullName: 'Anna Bērziņa' } });

    const em = app.orm.em.fork();
    const user = await em.findOneOrFail(User, { email: 'anna.berzina@example.org' }, { populate: ['editorOf', 'passwordHash'] });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const organisation = await em.findOneOrFail(Organisation, result.data!.acceptInvitation.expert.organisation.id);
    // Unlisted until its editor (the new member) decides.
    expect(organisation).toMatchObject({ level: 'LOCAL', type: 'NGO', publiclyListed: false });
    expect(user.editorOf.getIdentifiers()).toEqual([organisation.id]);
    expect((await storedInvitation(app, invitationId)).status).toBe('ACCEPTED');
    const [event] = await em.find(AuditEvent, { subjectId: invitationId, action: 'INVITATION_ACCEPTED' });
    expect(event).toMatchObject({
      actorId: user.id,
      details: { kind: 'PROPOSAL', country: 'LV', organisationId: organisation.id, userId: user.id },
    });
    expect(JSON.stringify(event!.details)).not.toMatch(/anna|example|Riga|Crisis/i);
    // The work e-mail starts as the invited address; the empty profile is not announced until it is complete.
    const expert = await em.findOneOrFail(Expert, { fullName: 'Anna Bērziņa' });
    expect(expert).toMatchObject({ email: 'anna.berzina@example.org', publishedAt: null });
    expect(await em.count(NetworkActivity, { expert: expert.id })).toBe(0);
  });

  it('is single use', async () => {
    const { token } = await approvedProposal('single.use@example.org', 'Riga Outreach Team');
    await ok(app.gql(ACCEPT, { input: { token, fullName: 'Pēteris Kalns', password: PASSWORD } }));
    expect(await answersTo(token)).toEqual(REFUSED);
    expect(await app.orm.em.fork().count(User, { email: 'single.use@example.org' })).toBe(1);
  });
});

describe('links that do not work all get the same answer', () => {
  it('an expired link (and it shows as EXPIRED)', async () => {
    const { invitation, token } = await invited('expired@example.org');
    await app.orm.em.fork().nativeUpdate(Invitation, { id: invitation.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await answersTo(token)).toEqual(REFUSED);
    const expired = await app.gql<{ invitations: { edges: { node: { id: string; status: string; viewerCan: { revoke: boolean } } }[] } }>(
      `{ invitations(status: EXPIRED) { edges { node { id status viewerCan { revoke } } } } }`,
      {},
      { as: await app.cookieOf('coordinator.lv') },
    );
    expect(expired.data!.invitations.edges.map((e) => e.node)).toContainEqual({
      id: invitation.id,
      status: 'EXPIRED',
      viewerCan: { revoke: false },
    });
    // An expired invitation no longer blocks a new one to the same address.
    await invited('expired@example.org');
  });

  it('a revoked link', async () => {
    const { invitation, token } = await invited('revoked@example.org');
    await ok(app.gql(REVOKE, { id: invitation.id }, { as: await app.cookieOf('coordinator.lv') }));
    expect(await answersTo(token)).toEqual(REFUSED);
  });

  it('a random, an empty or an overlong token', async () => {
    expect(await answersTo('Zm9yZWlnbi10b2tlbi10aGF0LXdhcy1uZXZlci1pc3N1ZWQ')).toEqual(REFUSED);
    expect(await answersTo('')).toEqual(REFUSED);
    const overlong = await app.gql(PREVIEW, { token: 'x'.repeat(500) });
    expect(errorOf(overlong)).toMatchObject({ code: 'BAD_USER_INPUT', message: LINK_INVALID });
  });

  it('a link for an address that has become a member’s in the meantime', async () => {
    const { token } = await invited('taken@example.org');
    const em = app.orm.em.fork();
    const member = await em.findOneOrFail(User, { email: 'member.lv@demo.strom.invalid' });
    await em.nativeUpdate(User, { id: member.id }, { email: 'taken@example.org' });
    try {
      expect(await answersTo(token)).toEqual(REFUSED);
    } finally {
      await em.nativeUpdate(User, { id: member.id }, { email: 'member.lv@demo.strom.invalid' });
    }
  });
});

describe('an invitation as coordinator', () => {
  it('makes the new member a coordinator of the invitation country once an admin approved it', async () => {
    const request = await ok<InvitationNode>(
      app.gql(
        INVITE,
        { input: { email: 'deputy@example.org', countryCode: 'LV', organisationId: places.lvOrganisation.id, networkRole: 'COORDINATOR' } },
        { as: await app.cookieOf('coordinator.lv') },
      ),
    );
    await ok(app.gql(APPROVE, { id: request.id }, { as: await app.cookieOf('admin') }));
    const token = tokenFrom((await outboxMails(app, 'deputy@example.org'))[0]!.body, '/invitations/accept');
    const accepted = await ok<Accepted>(app.gql(ACCEPT, { input: { token, fullName: 'Deputy Coordinator', password: PASSWORD } }));
    expect(accepted).toMatchObject({
      networkRole: 'COORDINATOR',
      coordinatorOf: [{ code: 'LV' }],
      expert: { organisation: places.lvOrganisation, municipality: null },
    });
  });
});
