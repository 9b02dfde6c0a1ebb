import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { User } from '../user/user.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { signIn, storedUser } from './member.test-support.js';

const MEMBERS = /* GraphQL */ `
  query ($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          email
          status
          networkRole
          country {
            code
          }
          expert {
            id
            fullName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const SUSPEND = `mutation ($id: ID!) { suspendMember(id: $id) { id email status } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateMember(id: $id) { id email status } }`;

type MemberNode = {
  id: string;
  email: string;
  status: string;
  networkRole: string;
  country: { code: string } | null;
  expert: { id: string; fullName: string } | null;
};
type MemberPage = {
  members: { totalCount: number; edges: { node: MemberNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

let app: TestApp;
let admin: string;
/** Account ids by the local part of their email, which is the demo account's name. */
const ids = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  admin = await app.cookieOf('admin');
  const all = await app.gql<MemberPage>(MEMBERS, { first: 100 }, { as: admin });
  for (const { node } of all.data!.members.edges) ids.set(node.email.split('@')[0]!, node.id);
});
afterAll(() => app?.close());

const list = async (variables: Record<string, unknown>) => {
  const result = await app.gql<MemberPage>(MEMBERS, { first: 20, ...variables }, { as: admin });
  expect(result.errors).toBeUndefined();
  return result.data!.members;
};

describe('members', () => {
  it('are listed to admins only', async () => {
    expect((await app.gql(MEMBERS, { first: 5 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const name of ['member.lv', 'moderator', 'coordinator.lv'] as const) {
      const result = await app.gql(MEMBERS, { first: 5 }, { as: await app.cookieOf(name) });
      expect(result.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('lists every account with its role, status, country and profile, and filters them', async () => {
    const all = await list({ first: 100 });
    expect(all.totalCount).toBe(await app.orm.em.fork().count(User, {}));
    const pl = all.edges.find((e) => e.node.email === demoEmail('member.pl'))!.node;
    expect(pl).toMatchObject({ status: 'ACTIVE', networkRole: 'MEMBER', country: { code: 'PL' } });
    const plUser = await app.orm.em.fork().findOneOrFail(User, { email: demoEmail('member.pl') }, { populate: ['expert'] });
    expect(pl.expert).toEqual({ id: plUser.expert!.id, fullName: plUser.expert!.getEntity().fullName });

    const latvia = await list({ filter: { countryCode: 'lv' } });
    // Latvia's accounts: its coordinator, member.lv and the demo's contact-point accounts (demo-contact-point-accounts.ts).
    const latvians = (await app.orm.em.fork().find(User, { country: 'LV' }, { fields: ['email'] })).map((u) => u.email).toSorted();
    expect(latvians).toEqual(expect.arrayContaining([demoEmail('coordinator.lv'), demoEmail('member.lv')]));
    expect(latvians.filter((email) => email.startsWith('contact.'))).toHaveLength(3);
    expect(latvia.edges.map((e) => e.node.email).toSorted()).toEqual(latvians);
    const suspended = await list({ filter: { status: 'SUSPENDED' } });
    expect(suspended.edges.map((e) => e.node.email)).toContain(demoEmail('suspended'));
    expect(suspended.edges.every((e) => e.node.status === 'SUSPENDED')).toBe(true);
    expect((await list({ filter: { text: 'MEMBER.P' } })).edges.map((e) => e.node.email)).toEqual([demoEmail('member.pl')]);
    expect((await list({ filter: { text: pl.expert!.fullName } })).edges.map((e) => e.node.email)).toEqual([demoEmail('member.pl')]);
    expect((await list({ filter: { text: '100%_' } })).totalCount).toBe(0);

    const bad = await app.gql(MEMBERS, { first: 5, filter: { countryCode: 'Latvia' } }, { as: admin });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages by email, each member once, in a constant number of statements', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: MemberPage['members'] = await list({ first: 3, after });
      seen.push(...page.edges.map((e) => e.node.email));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(seen.toSorted());
    expect(new Set(seen).size).toBe((await list({ first: 100 })).totalCount);
    const small = await app.countStatements(() => list({ first: 2 }));
    const large = await app.countStatements(() => list({ first: 50 }));
    expect(large.length).toBe(small.length);
    // The session behind the cookie, the count, and the page with profiles and countries joined.
    expect(large.length).toBeLessThanOrEqual(3);
  });
});

describe('suspendMember and reactivateMember', () => {
  it('are refused to non-admins and change nothing', async () => {
    const target = ids.get('member.pl')!;
    for (const [name, query] of [
      ['member.lv', SUSPEND],
      ['coordinator.lv', SUSPEND],
      ['moderator', REACTIVATE],
    ] as const) {
      const result = await app.gql(query, { id: target }, { as: await app.cookieOf(name) });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(SUSPEND, { id: target })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await storedUser(app, target)).status).toBe('ACTIVE');
    const stillIn = await app.gql(`{ viewer { email } }`, {}, { as: await app.cookieOf('member.pl') });
    expect(stillIn.data!.viewer).toEqual({ email: demoEmail('member.pl') });
  });

  it('refuses suspending yourself, bad ids and unknown members', async () => {
    expect((await app.gql(SUSPEND, { id: ids.get('admin') }, { as: admin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await storedUser(app, ids.get('admin')!)).status).toBe('ACTIVE');
    expect((await app.gql(SUSPEND, { id: 'nobody' }, { as: admin })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(SUSPEND, { id: '00000000-0000-4000-8000-000000000000' }, { as: admin })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('suspends: ends every session and socket of the member, and sign-in is refused like a wrong password', async () => {
    const target = ids.get('member.pl')!;
    const cookie = await app.cookieOf('member.pl');
    const feed = await subscribe(app.url, `subscription { networkActivity { node { id } } }`, { cookie });
    try {
      const result = await app.gql(SUSPEND, { id: target }, { as: admin });
      expect(result.errors).toBeUndefined();
      expect(result.data!.suspendMember).toEqual({ id: target, email: demoEmail('member.pl'), status: 'SUSPENDED' });
      const closed = await Promise.race([feed.closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 3000))]);
      expect(closed).toMatchObject({ code: 4403 });
    } finally {
      await feed.close();
    }
    expect((await app.gql(`{ viewer { email } }`, {}, { as: cookie })).data!.viewer).toBeNull();
    expect(await signIn(app, { email: demoEmail('member.pl'), password: DEMO_PASSWORD })).toMatchObject({
      cookie: null,
      error: { code: 'UNAUTHENTICATED', message: 'The email address or the password is not right' },
    });
    const [entry] = await app.orm.em.fork().find(AuditEvent, { action: 'MEMBER_SUSPENDED', subjectId: target });
    expect(entry).toMatchObject({ actorId: ids.get('admin'), subjectType: 'user' });
  });

  it('reactivates: the member can sign in again', async () => {
    const target = ids.get('member.pl')!;
    const result = await app.gql(REACTIVATE, { id: target }, { as: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data!.reactivateMember).toMatchObject({ id: target, status: 'ACTIVE' });
    const again = await signIn(app, { email: demoEmail('member.pl'), password: DEMO_PASSWORD });
    expect(again.cookie).not.toBeNull();
    expect((await app.gql(`{ viewer { email } }`, {}, { as: again.cookie })).data!.viewer).toEqual({ email: demoEmail('member.pl') });
    const entries = await app.orm.em.fork().find(AuditEvent, { action: 'MEMBER_REACTIVATED', subjectId: target });
    expect(entries).toHaveLength(1);
    // Reactivating an active member is a no-op, not a second entry.
    await app.gql(REACTIVATE, { id: target }, { as: admin });
    expect(await app.orm.em.fork().count(AuditEvent, { action: 'MEMBER_REACTIVATED', subjectId: target })).toBe(1);
  });
});
