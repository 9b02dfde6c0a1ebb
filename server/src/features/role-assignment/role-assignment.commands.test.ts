import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { Municipality } from '../municipality/municipality.entity.js';
import { User } from '../user/user.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { utcToday } from './role-status.js';

const ADD_MINE = `mutation ($input: AddMyRoleInput!) { addMyRole(input: $input) { id role status startsOn endsOn scope { level } } }`;
const ASSIGN = `mutation ($input: AssignNetworkRoleInput!) { assignNetworkRole(input: $input) { id role status startsOn } }`;
const END = `mutation ($input: EndRoleInput!) { endRole(input: $input) { id status endsOn } }`;

let app: TestApp;
let member: string;
let memberExpertId: string;
let liepajaId: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  memberExpertId = (await em.findOneOrFail(User, { email: demoEmail('member.lv') })).expert!.id;
  liepajaId = (await em.findOneOrFail(Municipality, { name: 'Liepāja' })).id;
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

describe('my chain roles', () => {
  it('a member adds one (once per client id) and ends it', async () => {
    const input = {
      id: randomUUID(),
      role: 'CASE_MANAGER',
      scope: { level: 'NATIONAL', countryCode: 'LV' },
      responsibilities: 'Adult victims',
    };
    const added = await app.gql(ADD_MINE, { input }, { as: member });
    expect(added.data!.addMyRole).toMatchObject({ id: input.id, status: 'CURRENT', startsOn: utcToday(), endsOn: null });
    await app.gql(ADD_MINE, { input }, { as: member });
    expect(await app.orm.em.fork().count(RoleAssignment, { id: input.id })).toBe(1);
    const stranger = await app.gql(END, { input: { id: input.id } }, { as: await app.cookieOf('member.pl') });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ended = await app.gql(END, { input: { id: input.id, endsOn: '2020-01-01' } }, { as: member });
    expect(ended.errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.endsOn');
    const today = await app.gql(END, { input: { id: input.id } }, { as: member });
    expect(today.data!.endRole).toMatchObject({ endsOn: utcToday(), status: 'CURRENT' });
  });

  it('refuses network roles, dates out of order and a scope that does not hold', async () => {
    const base = { role: 'CASE_MANAGER', scope: { level: 'NATIONAL', countryCode: 'LV' } };
    const network = await app.gql(ADD_MINE, { input: { ...base, id: randomUUID(), role: 'MUNICIPAL_CONTACT_POINT' } }, { as: member });
    expect(network.errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.role');
    const backwards = await app.gql(
      ADD_MINE,
      { input: { ...base, id: randomUUID(), startsOn: '2026-05-01', endsOn: '2026-04-01' } },
      { as: member },
    );
    expect(backwards.errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.endsOn');
    const local = await app.gql(ADD_MINE, { input: { ...base, id: randomUUID(), scope: { level: 'LOCAL' } } }, { as: member });
    expect(local.errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.scope.municipalityId');
  });
});

const contactPoints = () =>
  app.orm.em.fork().find(RoleAssignment, { role: 'MUNICIPAL_CONTACT_POINT', municipality: liepajaId }, { orderBy: { startsOn: 'asc' } });

describe("a municipality's contact point", () => {
  it('is named by a coordinator of its country, ending the previous one; audited and announced', async () => {
    const before = await contactPoints();
    const input = {
      id: randomUUID(),
      expertId: memberExpertId,
      role: 'MUNICIPAL_CONTACT_POINT',
      scope: { level: 'LOCAL', municipalityId: liepajaId },
    };
    const refused = await app.gql(ASSIGN, { input }, { as: await app.cookieOf('coordinator.lt') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const named = await app.gql(ASSIGN, { input }, { as: await app.cookieOf('coordinator.lv') });
    expect(named.data!.assignNetworkRole).toMatchObject({ id: input.id, status: 'CURRENT' });
    const after = await contactPoints();
    const current = after.filter((r) => r.endsOn === null || r.endsOn >= utcToday());
    expect(current.map((r) => r.id)).toEqual([input.id]);
    expect(after).toHaveLength(before.length + 1);
    const connection = app.orm.em.fork().getConnection();
    const [audited] = await connection.execute(`select details from audit_event where action = 'CONTACT_POINT_CHANGED'`);
    expect(audited!.details).toMatchObject({ role: 'MUNICIPAL_CONTACT_POINT', country: 'LV', previousEnded: before.length > 0 });
    const [activity] = await connection.execute(`select expert_id from network_activity where kind = 'CONTACT_POINT_CHANGED'`);
    expect(activity!.expert_id).toBe(memberExpertId);
  });

  it('the database refuses two at once, whatever a command does', async () => {
    const [current] = (await contactPoints()).filter((r) => r.endsOn === null);
    const connection = app.orm.em.fork().getConnection();
    await expect(
      connection.execute(
        `insert into role_assignment (id, level, country_code, municipality_id, expert_id, role, starts_on)
         values (?, 'LOCAL', 'LV', ?, ?, 'MUNICIPAL_CONTACT_POINT', ?)`,
        [randomUUID(), liepajaId, current!.expert.id, utcToday()],
      ),
    ).rejects.toThrow(/role_assignment_one_contact_point/);
  });

  it('refuses a role at the wrong level and a member from another country', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const base = {
      id: randomUUID(),
      expertId: memberExpertId,
      role: 'NATIONAL_COORDINATOR',
      scope: { level: 'LOCAL', municipalityId: liepajaId },
    };
    expect((await app.gql(ASSIGN, { input: base }, { as })).errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.scope.level');
    const pl = (await app.orm.em.fork().findOneOrFail(User, { email: demoEmail('member.pl') })).expert!.id;
    const foreign = { ...base, expertId: pl, role: 'TF_THB_MEMBER', scope: { level: 'NATIONAL', countryCode: 'LV' } };
    expect((await app.gql(ASSIGN, { input: foreign }, { as })).errors?.[0]?.extensions?.fieldErrors[0].field).toBe('input.expertId');
  });
});
