import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { outboxMails } from '../mail/outbox.test-support.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { User } from '../user/user.entity.js';
import { Organisation } from './organisation.entity.js';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      status
      version
      viewerCan {
        approve
        edit
      }
      scope {
        level
      }
    }
  }
`;
const PROPOSED = `{ proposedOrganisations { id name type proposalReason scope { level country { name } municipality { name } } viewerCan { approve } } }`;

let app: TestApp;
let liepajaId: string;
let lvCookie: string;
let ltCookie: string;
let memberCookie: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  liepajaId = (await em.findOneOrFail(Municipality, { name: 'Liepāja' })).id;
  [lvCookie, ltCookie, memberCookie] = await Promise.all([
    app.cookieOf('coordinator.lv'),
    app.cookieOf('coordinator.lt'),
    app.cookieOf('member.lv'),
  ]);
});
afterAll(() => app?.close());

const input = (extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: `Liepāja crisis centre ${randomUUID().slice(0, 6)}`,
  type: 'NGO',
  scope: { level: 'LOCAL', municipalityId: liepajaId },
  publiclyListed: false,
  ...extra,
});

describe('proposedOrganisationCount', () => {
  const COUNT = `{ proposedOrganisationCount }`;
  const count = async (cookie: string | null) => (await app.gql(COUNT, {}, { as: cookie })).data?.proposedOrganisationCount;

  it('counts what the viewer may approve: their countries’ proposals for coordinators, none for the proposer', async () => {
    const [lv, lt, mine] = [await count(lvCookie), await count(ltCookie), await count(memberCookie)];
    expect(mine).toBe(0);
    await app.gql(CREATE, { input: input({ reason: 'Counted in the badge' }) }, { as: memberCookie });
    expect(await count(lvCookie)).toBe(lv + 1);
    expect(await count(ltCookie)).toBe(lt);
    expect(await count(memberCookie)).toBe(0);
    expect((await app.gql(COUNT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('adding an organisation', () => {
  it('is immediate for a coordinator of its country, once per client id, and announced', async () => {
    const created = input();
    const first = await app.gql(CREATE, { input: created }, { as: lvCookie });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createOrganisation).toMatchObject({ id: created.id, status: 'ACTIVE', scope: { level: 'LOCAL' } });
    const retry = await app.gql(CREATE, { input: created }, { as: lvCookie });
    expect(retry.data!.createOrganisation.id).toBe(created.id);
    const em = app.orm.em.fork();
    expect(await em.count(Organisation, { name: created.name })).toBe(1);
    const [activity] = await em.getConnection().execute(`select kind from network_activity where organisation_id = ?`, [created.id]);
    expect(activity).toEqual({ kind: 'ORGANISATION_ADDED' });
    const [audited] = await em.getConnection().execute(`select action from audit_event where subject_id = ?`, [created.id]);
    expect(audited).toEqual({ action: 'ORGANISATION_CREATED' });
  });

  it("refuses another member's client id", async () => {
    const created = input();
    await app.gql(CREATE, { input: created }, { as: lvCookie });
    const stolen = await app.gql(CREATE, { input: created }, { as: memberCookie });
    expect(stolen.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('waits for approval when a member proposes it, seen by them and the coordinators of its country only', async () => {
    const noReason = await app.gql(CREATE, { input: input() }, { as: memberCookie });
    expect(noReason.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.reason', message: expect.any(String) }]);
    const reason = 'They run the only shelter for men in Kurzeme';
    const proposal = input({ reason });
    const result = await app.gql(CREATE, { input: proposal }, { as: memberCookie });
    expect(result.data!.createOrganisation).toMatchObject({ status: 'PROPOSED', viewerCan: { approve: false, edit: false } });
    const byName = (list: { name: string }[]) => list.some((o) => o.name === proposal.name);
    const mine = await app.gql(PROPOSED, {}, { as: memberCookie });
    expect(byName(mine.data!.proposedOrganisations)).toBe(true);
    const lv = await app.gql(PROPOSED, {}, { as: lvCookie });
    expect(lv.data!.proposedOrganisations.find((o: { name: string }) => o.name === proposal.name).proposalReason).toBe(reason);
    expect(byName((await app.gql(PROPOSED, {}, { as: ltCookie })).data!.proposedOrganisations)).toBe(false);
    const anonymous = await app.gql(`query ($id: ID!) { organisation(id: $id) { id } }`, { id: proposal.id });
    expect(anonymous.data!.organisation).toBeNull();
    const listed = await app.gql(
      `{ organisations(first: 100, filter: { text: "crisis centre" }) { edges { node { id } } } }`,
      {},
      { as: lvCookie },
    );
    expect(listed.data!.organisations.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(proposal.id);

    const refused = await app.gql(`mutation ($id: ID!) { approveOrganisation(id: $id) { id } }`, { id: proposal.id }, { as: ltCookie });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const approved = await app.gql(
      `mutation ($id: ID!) { approveOrganisation(id: $id) { status } }`,
      { id: proposal.id },
      { as: lvCookie },
    );
    expect(approved.data!.approveOrganisation.status).toBe('ACTIVE');
    const again = await app.gql(`mutation ($id: ID!) { approveOrganisation(id: $id) { status } }`, { id: proposal.id }, { as: lvCookie });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('removes a declined proposal and mails its proposer the reason', async () => {
    const proposal = input({ reason: 'A new drop-in centre' });
    await app.gql(CREATE, { input: proposal }, { as: memberCookie });
    const declined = await app.gql(
      `mutation ($id: ID!, $reason: String) { declineOrganisation(id: $id, reason: $reason) }`,
      { id: proposal.id, reason: 'It is part of the Liepāja social service already' },
      { as: lvCookie },
    );
    expect(declined.data!.declineOrganisation).toBe(proposal.id);
    expect(await app.orm.em.fork().count(Organisation, { id: proposal.id })).toBe(0);
    const mails = await outboxMails(app, demoEmail('member.lv'));
    const mail = mails.find((m) => m.body.includes(proposal.name));
    expect(mail?.body).toContain('part of the Liepāja social service');
  });

  it('refuses a scope that does not hold and victim data in the description', async () => {
    const national = await app.gql(CREATE, { input: input({ scope: { level: 'NATIONAL', municipalityId: liepajaId } }) }, { as: lvCookie });
    expect(national.errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.scope.municipalityId');
    const pesel = await app.gql(CREATE, { input: input({ description: 'Helped Anna Kowalska, PESEL 44051401458' }) }, { as: lvCookie });
    expect(pesel.errors?.[0]?.extensions?.guardrail.field).toBe('description');
  });

  it('lists proposals in one statement whatever their number', async () => {
    const before = await proposalStatements();
    for (let i = 0; i < 3; i++) await app.gql(CREATE, { input: input({ reason: `Proposal ${i}` }) }, { as: memberCookie });
    expect(await proposalStatements()).toBe(before);
  });
});

const proposalStatements = async () => (await app.countStatements(() => app.gql(PROPOSED, {}, { as: lvCookie }))).length;

/** A new, publicly listed organisation in Liepāja, added by Latvia's coordinator. */
async function fresh(): Promise<{ id: string; version: number }> {
  const created = input({ publiclyListed: true });
  const result = await app.gql(CREATE, { input: created }, { as: lvCookie });
  return { id: created.id, version: result.data!.createOrganisation.version };
}

describe('editing, merging and closing', () => {
  it('changes type, scope and public listing, with optimistic locking', async () => {
    const { id, version } = await fresh();
    const update = `mutation ($input: UpdateOrganisationInput!) {
      updateOrganisation(input: $input) { type viewerCan { edit } scope { level } version lastConfirmedAt } }`;
    const changed = await app.gql(
      update,
      {
        input: {
          id,
          expectedVersion: version,
          type: 'HEALTH_SERVICE',
          scope: { level: 'NATIONAL', countryCode: 'LV' },
          publiclyListed: false,
        },
      },
      { as: lvCookie },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateOrganisation).toMatchObject({ type: 'HEALTH_SERVICE', scope: { level: 'NATIONAL' } });
    const row = await app.orm.em.fork().findOneOrFail(Organisation, id);
    expect(row.publiclyListed).toBe(false);
    const stale = await app.gql(update, { input: { id, expectedVersion: version, name: 'Stale' } }, { as: lvCookie });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const abroad = await app.gql(
      update,
      { input: { id, expectedVersion: row.version, scope: { level: 'NATIONAL', countryCode: 'LT' } } },
      { as: lvCookie },
    );
    expect(abroad.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('merges into another, keeping the row, and asks its people to move', async () => {
    const from = await fresh();
    const into = await fresh();
    const em = app.orm.em.fork();
    const member = await em.findOneOrFail(User, { email: demoEmail('member.pl') }, { populate: ['expert'] });
    await em.nativeUpdate(Expert, { id: member.expert!.id }, { organisation: from.id });
    const merge = `mutation ($input: MergeOrganisationInput!) { mergeOrganisation(input: $input) { status mergedInto { id } } }`;
    const itself = await app.gql(merge, { input: { id: from.id, intoId: from.id, expectedVersion: from.version } }, { as: lvCookie });
    expect(itself.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const merged = await app.gql(merge, { input: { id: from.id, intoId: into.id, expectedVersion: from.version } }, { as: lvCookie });
    expect(merged.data!.mergeOrganisation).toEqual({ status: 'MERGED', mergedInto: { id: into.id } });
    const notices = await app.gql(
      `{ notifications(first: 5) { edges { node { kind subject { title path } } } } }`,
      {},
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    expect(notices.data!.notifications.edges[0].node).toMatchObject({
      kind: 'ORGANISATION_RETIRED',
      subject: { path: `/organisations/${from.id}` },
    });
    const page = await app.gql(`query ($id: ID!) { organisation(id: $id) { status } }`, { id: from.id }, { as: memberCookie });
    expect(page.data!.organisation.status).toBe('MERGED');
  });

  it('closes one: only coordinators of its country, not its editors', async () => {
    const { id, version } = await fresh();
    const close = `mutation ($input: CloseOrganisationInput!) { closeOrganisation(input: $input) { status closedAt } }`;
    expect((await app.gql(close, { input: { id, expectedVersion: version } }, { as: ltCookie })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const closed = await app.gql(close, { input: { id, expectedVersion: version } }, { as: lvCookie });
    expect(closed.data!.closeOrganisation.status).toBe('CLOSED');
    const edit = await app.gql(
      `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { id, expectedVersion: version + 1, name: 'Reopened' } },
      { as: lvCookie },
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
