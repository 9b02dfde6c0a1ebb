import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { outboxMails } from '../mail/outbox.test-support.js';
import {
  APPROVE,
  demoPlaces,
  errorOf,
  INVITE,
  invitationCount,
  LIST,
  ok,
  PROPOSE,
  REVOKE,
  storedInvitation,
  type DemoPlaces,
  type InvitationNode,
} from './invitation.test-support.js';

type Listed = { invitations: { totalCount: number; edges: { node: InvitationNode }[] } };

let app: TestApp;
let places: DemoPlaces;
let proposer: { id: string; fullName: string };
let proposerUserId: string;
let coordinatorLv: { id: string; fullName: string };

const REASON = 'Runs the Liepāja shelter intake; we refer cases to each other every month.';

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
  const viewerOf = async (as: string) =>
    (
      await app.gql<{ viewer: { id: string; expert: { id: string; fullName: string } } }>(
        `{ viewer { id expert { id fullName } } }`,
        {},
        { as },
      )
    ).data!.viewer;
  const viewer = await viewerOf(await app.cookieOf('member.pl'));
  proposer = viewer.expert;
  proposerUserId = viewer.id;
  coordinatorLv = (await viewerOf(await app.cookieOf('coordinator.lv'))).expert;
});
afterAll(() => app?.close());

/** Member PL proposes someone for Latvia: each test that needs a waiting proposal makes its own. */
const propose = (email: string) =>
  app
    .cookieOf('member.pl')
    .then((as) =>
      ok<InvitationNode>(
        app.gql(PROPOSE, { input: { email, countryCode: 'LV', organisationId: places.lvOrganisation.id, reason: REASON } }, { as }),
      ),
    );

const queueOf = async (as: string, status = 'AWAITING_APPROVAL') =>
  (await app.gql<Listed>(LIST, { status }, { as })).data!.invitations.edges.map((e) => e.node);

describe('proposeMember', () => {
  it('lets any member propose a colleague for another country: it waits, and nothing is mailed', async () => {
    const proposal = await ok<InvitationNode>(
      app.gql(
        PROPOSE,
        {
          input: {
            email: 'marta.kalnina@example.org',
            countryCode: 'lv',
            organisationId: places.lvOrganisation.id,
            reason: `  ${REASON} `,
          },
        },
        { as: await app.cookieOf('member.pl') },
      ),
    );
    expect(proposal).toMatchObject({
      kind: 'PROPOSAL',
      status: 'AWAITING_APPROVAL',
      networkRole: 'MEMBER',
      reason: REASON,
      country: { code: 'LV' },
      invitedBy: proposer,
      approvedBy: null,
      expiresAt: null,
      viewerCan: { approve: false, revoke: true },
    });
    expect(await outboxMails(app, 'marta.kalnina@example.org')).toHaveLength(0);
    expect((await storedInvitation(app, proposal.id)).tokenHash).toBeNull();
  });

  it('needs a reason, and a signed-in member', async () => {
    const before = await invitationCount(app);
    const input = { email: 'someone@example.org', countryCode: 'LV', organisationId: places.lvOrganisation.id };
    const member = { as: await app.cookieOf('member.lv') };
    expect(errorOf(await app.gql(PROPOSE, { input: { ...input, reason: '   ' } }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.reason'],
    });
    expect(errorOf(await app.gql(PROPOSE, { input: { ...input, reason: 'r'.repeat(2001) } }, member))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['reason'],
    });
    expect(errorOf(await app.gql(PROPOSE, { input: { ...input, reason: 'A colleague' } })).code).toBe('UNAUTHENTICATED');
    expect(await invitationCount(app)).toBe(before);
  });
});

describe('the approvals queue', () => {
  it('shows the country’s coordinator who proposed whom, for which organisation and why', async () => {
    const proposal = await propose('queued@example.org');
    const queue = await queueOf(await app.cookieOf('coordinator.lv'));
    expect(queue.find((i) => i.id === proposal.id)).toMatchObject({
      email: 'queued@example.org',
      invitedBy: proposer,
      organisation: places.lvOrganisation,
      reason: REASON,
      viewerCan: { approve: true, revoke: true },
    });
    expect(queue.every((i) => i.country.code === 'LV' && i.status === 'AWAITING_APPROVAL')).toBe(true);
  });

  it('hides it from other countries’ coordinators and is refused to members and visitors', async () => {
    const proposal = await propose('hidden.from.lt@example.org');
    expect((await queueOf(await app.cookieOf('coordinator.lt'))).map((i) => i.id)).not.toContain(proposal.id);
    expect((await queueOf(await app.cookieOf('admin'))).map((i) => i.id)).toContain(proposal.id);
    for (const name of ['member.pl', 'member.lv', 'moderator'] as const) {
      expect(errorOf(await app.gql(LIST, {}, { as: await app.cookieOf(name) })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await app.gql(LIST, {})).code).toBe('UNAUTHENTICATED');
  });

  it('lists newest first, pages with a cursor, and costs the same statements for 1 or 10 rows', async () => {
    const admin = await app.cookieOf('admin');
    for (const email of ['one@example.org', 'two@example.org', 'three@example.org']) {
      await ok(app.gql(INVITE, { input: { email, countryCode: 'LT', organisationId: places.ltOrganisation.id } }, { as: admin }));
    }
    const all = await app.gql<Listed>(LIST, { first: 10 }, { as: admin });
    const dates = all.data!.invitations.edges.map((e) => Date.parse(e.node.createdAt));
    expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    const firstPage = await app.gql<{ invitations: { pageInfo: { endCursor: string } } }>(LIST, { first: 2 }, { as: admin });
    const next = await app.gql<Listed>(LIST, { first: 2, after: firstPage.data!.invitations.pageInfo.endCursor }, { as: admin });
    expect(next.data!.invitations.edges.map((e) => e.node.id)).toEqual(all.data!.invitations.edges.slice(2, 4).map((e) => e.node.id));
    expect(errorOf(await app.gql(LIST, { after: 'not-a-cursor' }, { as: admin })).code).toBe('BAD_USER_INPUT');

    const one = await app.countStatements(() => app.gql(LIST, { first: 1 }, { as: admin }));
    const ten = await app.countStatements(() => app.gql(LIST, { first: 10 }, { as: admin }));
    expect(ten.length).toBe(one.length);
  });
});

describe('approveInvitation and revokeInvitation', () => {
  it('refuses another country’s coordinator and the proposer, and changes nothing', async () => {
    const proposal = await propose('refused@example.org');
    for (const name of ['coordinator.lt', 'member.pl'] as const) {
      expect(errorOf(await app.gql(APPROVE, { id: proposal.id }, { as: await app.cookieOf(name) })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await app.gql(APPROVE, { id: proposal.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await app.gql(REVOKE, { id: proposal.id }, { as: await app.cookieOf('coordinator.lt') })).code).toBe('FORBIDDEN');
    expect(
      errorOf(await app.gql(APPROVE, { id: '00000000-0000-4000-8000-000000000000' }, { as: await app.cookieOf('coordinator.lv') })).code,
    ).toBe('NOT_FOUND');
    const stored = await storedInvitation(app, proposal.id);
    expect(stored).toMatchObject({ status: 'AWAITING_APPROVAL', tokenHash: null, expiresAt: null, approvedBy: null });
    expect(await outboxMails(app, 'refused@example.org')).toHaveLength(0);
  });

  it('lets the country’s coordinator approve: sent for 7 days, mailed, audited; once', async () => {
    const proposal = await propose('approved@example.org');
    const coordinator = await app.cookieOf('coordinator.lv');
    const approved = await ok<InvitationNode>(app.gql(APPROVE, { id: proposal.id }, { as: coordinator }));
    expect(approved).toMatchObject({ status: 'SENT', invitedBy: proposer, viewerCan: { approve: false, revoke: true } });
    expect(approved.approvedBy).toEqual(coordinatorLv);
    const [mail] = await outboxMails(app, 'approved@example.org');
    expect(mail!.body).toContain(`${proposer.fullName} invited you`);
    expect(mail!.body).not.toContain(REASON);
    const events = await app.orm.em.fork().find(AuditEvent, { subjectId: proposal.id }, { orderBy: { sequence: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['INVITATION_CREATED', 'INVITATION_APPROVED']);
    expect(events[1]!.details).toEqual({
      kind: 'PROPOSAL',
      country: 'LV',
      organisationId: places.lvOrganisation.id,
      newOrganisation: false,
      networkRole: 'MEMBER',
    });
    expect(errorOf(await app.gql(APPROVE, { id: proposal.id }, { as: coordinator })).code).toBe('CONFLICT');
    expect(await outboxMails(app, 'approved@example.org')).toHaveLength(1);
  });

  it('lets the proposer withdraw their own proposal, once', async () => {
    const member = await app.cookieOf('member.pl');
    const own = await ok<InvitationNode>(
      app.gql(
        PROPOSE,
        { input: { email: 'withdrawn@example.org', countryCode: 'LV', organisationId: places.lvOrganisation.id, reason: 'A colleague' } },
        { as: member },
      ),
    );
    expect(errorOf(await app.gql(REVOKE, { id: own.id }, { as: await app.cookieOf('member.lv') })).code).toBe('FORBIDDEN');
    expect(await ok<InvitationNode>(app.gql(REVOKE, { id: own.id }, { as: member }))).toMatchObject({
      status: 'REVOKED',
      viewerCan: { approve: false, revoke: false },
    });
    expect(errorOf(await app.gql(REVOKE, { id: own.id }, { as: member })).code).toBe('CONFLICT');
    expect(errorOf(await app.gql(APPROVE, { id: own.id }, { as: await app.cookieOf('coordinator.lv') })).code).toBe('CONFLICT');
    const [event] = await app.orm.em.fork().find(AuditEvent, { subjectId: own.id, action: 'INVITATION_REVOKED' });
    expect(event!.actorId).toBe(proposerUserId);
    expect((await queueOf(await app.cookieOf('coordinator.lv'), 'REVOKED')).map((i) => i.id)).toContain(own.id);
  });
});
