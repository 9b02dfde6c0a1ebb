import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { outboxMails } from '../mail/outbox.test-support.js';
import { APPROVE, demoPlaces, errorOf, INVITE, ok, PROPOSE, type DemoPlaces, type InvitationNode } from './invitation.test-support.js';

let app: TestApp;
let places: DemoPlaces;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
});
afterAll(() => app?.close());

const proposalOf = (email: string) => ({
  email,
  countryCode: 'LV',
  organisationId: places.lvOrganisation.id,
  reason: 'A trusted colleague',
});
/** What the proposer sees, without what differs for every row anyway. */
const answerShape = ({ id: _id, createdAt: _createdAt, email: _email, ...rest }: InvitationNode) => rest;

describe('proposeMember does not reveal pending invitations', () => {
  it('answers the same whether or not the address has a pending invitation, and mails nothing more', async () => {
    const invited = 'already.invited@example.org';
    await ok(
      app.gql(
        INVITE,
        { input: { email: invited, countryCode: 'LV', organisationId: places.lvOrganisation.id } },
        { as: await app.cookieOf('coordinator.lv') },
      ),
    );
    const mailsBefore = (await outboxMails(app, invited)).length;
    expect(mailsBefore).toBe(1);

    const member = await app.cookieOf('member.pl');
    const fresh = await app.gql<{ proposeMember: InvitationNode }>(
      PROPOSE,
      { input: proposalOf('nobody.yet@example.org') },
      { as: member },
    );
    const duplicate = await app.gql<{ proposeMember: InvitationNode }>(PROPOSE, { input: proposalOf(invited) }, { as: member });
    expect(fresh.errors).toBeUndefined();
    expect(duplicate.errors).toBeUndefined();
    expect(answerShape(duplicate.data!.proposeMember)).toEqual(answerShape(fresh.data!.proposeMember));
    expect(await outboxMails(app, invited)).toHaveLength(mailsBefore);

    // The coordinator sees the duplicate, and approving it cannot send a second invitation.
    const approve = await app.gql(APPROVE, { id: duplicate.data!.proposeMember.id }, { as: await app.cookieOf('coordinator.lv') });
    expect(errorOf(approve).code).toBe('CONFLICT');
    expect(await outboxMails(app, invited)).toHaveLength(mailsBefore);
  });

  it('is rate limited per member', async () => {
    const member = await app.cookieOf('member.lv');
    const codes = [];
    for (let i = 0; i < 11; i++) {
      codes.push(errorOf(await app.gql(PROPOSE, { input: proposalOf(`colleague.${i}@example.org`) }, { as: member })).code);
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(undefined));
    expect(codes[10]).toBe('RATE_LIMITED');
  });
});
