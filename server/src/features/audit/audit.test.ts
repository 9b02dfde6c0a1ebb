import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demo-accounts.js';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { signIn } from '../member/member.test-support.js';
import { findBrokenLink } from './audit.service.js';

const EVENTS = /* GraphQL */ `
  query ($filter: AuditFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          action
          summary
          subjectType
          subjectId
          actor {
            id
            email
            expert {
              fullName
            }
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

type EventNode = {
  id: string;
  occurredAt: string;
  action: string;
  summary: string;
  subjectType: string | null;
  subjectId: string | null;
  actor: { id: string; email: string; expert: { fullName: string } | null } | null;
};
type EventPage = {
  auditEvents: { totalCount: number; edges: { node: EventNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

let app: TestApp;
let admin: string;
let memberId: string;
let startedAt: Date;

/** A series of audited actions by several members: sign-ins, a failure, a visibility change, sign-out. */
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  startedAt = new Date();
  admin = await app.cookieOf('admin');
  const member = await app.cookieOf('member.lv');
  const me = await app.gql<{ viewer: { id: string; expert: { version: number; contactVisibility: { phone: string } } } }>(
    `{ viewer { id expert { version contactVisibility { phone } } } }`,
    {},
    { as: member },
  );
  memberId = me.data!.viewer.id;
  const { version, contactVisibility } = me.data!.viewer.expert;
  await app.gql(
    `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`,
    { input: { expectedVersion: version, phoneVisibility: contactVisibility.phone === 'NOBODY' ? 'NETWORK' : 'NOBODY' } },
    { as: member },
  );
  await signIn(app, { email: demoEmail('member.pl'), password: 'wrong password, once' });
  await signIn(app, { email: 'nobody@demo.strom.invalid', password: DEMO_PASSWORD });
  const extra = await signIn(app, { email: demoEmail('moderator'), password: DEMO_PASSWORD });
  await app.gql(`mutation { signOut }`, {}, { as: extra.cookie });
});
afterAll(() => app?.close());

async function events(variables: Record<string, unknown>, as: string | null = admin) {
  return app.gql<EventPage>(EVENTS, { first: 50, ...variables }, { as });
}

describe('auditEvents', () => {
  it('is for admins only', async () => {
    expect((await events({}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const name of ['member.lv', 'moderator', 'coordinator.lv'] as const) {
      const result = await events({}, await app.cookieOf(name));
      expect(result.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
  });

  it('lists the log newest first, with actors and sentences that hold no personal data', async () => {
    const result = await events({});
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.auditEvents.edges.map((e) => e.node);
    expect(nodes.map((n) => n.occurredAt)).toEqual(
      nodes
        .map((n) => n.occurredAt)
        .toSorted()
        .toReversed(),
    );
    expect(nodes.find((n) => n.action === 'SIGN_OUT')).toMatchObject({ summary: 'Signed out', actor: { email: demoEmail('moderator') } });
    const visibility = nodes.find((n) => n.action === 'CONTACT_VISIBILITY_CHANGED')!;
    expect(visibility).toMatchObject({ subjectType: 'expert', actor: { id: memberId, email: demoEmail('member.lv') } });
    expect(visibility.summary).toMatch(/^Made their phone number visible to (all members|nobody but coordinators of their country)$/);
    const failures = nodes.filter((n) => n.action === 'SIGN_IN_FAILED');
    expect(failures).toHaveLength(2);
    expect(failures.every((n) => n.actor === null && n.summary === 'A sign-in failed')).toBe(true);
    // The unknown email left no trace of itself; the known one is referred to by id only.
    expect(JSON.stringify(nodes)).not.toContain('nobody@');
    expect(failures.map((n) => n.subjectId)).toContain(null);
    for (const node of nodes) expect(node.summary).not.toMatch(/@|strom/);
  });

  it('filters by action, actor and time, and pages without repeats', async () => {
    const failed = await events({ filter: { action: 'SIGN_IN_FAILED' } });
    expect(failed.data!.auditEvents.totalCount).toBe(2);
    const mine = await events({ filter: { actorId: memberId } });
    expect(mine.data!.auditEvents.edges.every((e) => e.node.actor?.id === memberId)).toBe(true);
    expect(mine.data!.auditEvents.edges.map((e) => e.node.action)).toEqual(['CONTACT_VISIBILITY_CHANGED', 'SIGN_IN']);
    const future = await events({ filter: { from: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.data!.auditEvents.totalCount).toBe(0);
    const past = await events({ filter: { to: startedAt.toISOString() } });
    expect(past.data!.auditEvents.totalCount).toBe(0);

    const all = (await events({})).data!.auditEvents;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: EventPage['auditEvents'] = (await events({ first: 2, after })).data!.auditEvents;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
  });

  it('refuses bad filters', async () => {
    for (const filter of [{ action: 'drop table' }, { actorId: 'someone' }, { from: 'yesterday' }]) {
      const result = await events({ filter });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    expect((await events({ after: 'not-a-cursor' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same statements for 2 or 50 entries', async () => {
    const small = await app.countStatements(() => events({ first: 2 }));
    const large = await app.countStatements(() => events({ first: 50 }));
    expect(large.length).toBe(small.length);
    // The session behind the cookie, the count, the page and all its actors (with their profiles and countries).
    expect(large.length).toBeLessThanOrEqual(4);
  });
});

describe('the audit chain', () => {
  it('is intact after a series of actions', async () => {
    expect((await events({})).data!.auditEvents.totalCount).toBeGreaterThanOrEqual(8);
    expect(await findBrokenLink(app.orm.em.fork())).toBeNull();
  });

  it('refuses changes in the database itself', async () => {
    await expect(app.orm.em.fork().execute(`update audit_event set action = 'SIGN_IN' where sequence = 1`)).rejects.toThrow(/append-only/);
    await expect(app.orm.em.fork().execute(`delete from audit_event where sequence = 1`)).rejects.toThrow(/append-only/);
  });

  it('reports the first tampered entry when someone gets past the trigger', async () => {
    const em = app.orm.em.fork();
    // Someone with the database owner's rights can switch the trigger off; the hash chain still tells.
    await em.execute(`alter table audit_event disable trigger audit_event_append_only`);
    try {
      const [original] = await em.execute<{ details: unknown }[]>(`select details from audit_event where sequence = 3`);
      await em.execute(`update audit_event set details = '{"secondFactor": true}' where sequence = 3`);
      expect(await findBrokenLink(app.orm.em.fork())).toBe(3);
      await em.execute(`update audit_event set details = ? where sequence = 3`, [JSON.stringify(original!.details)]);
      expect(await findBrokenLink(app.orm.em.fork())).toBeNull();
      await em.execute(`delete from audit_event where sequence = 2`);
      expect(await findBrokenLink(app.orm.em.fork())).toBe(3);
    } finally {
      await em.execute(`alter table audit_event enable trigger audit_event_append_only`);
    }
  });
});
