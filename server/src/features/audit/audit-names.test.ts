import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { User } from '../user/user.entity.js';
import { audit } from './audit.service.js';

const EVENTS = /* GraphQL */ `
  query ($filter: AuditFilter, $first: Int!) {
    auditEvents(filter: $filter, first: $first) {
      edges {
        node {
          action
          subjectId
          actorPerson {
            id
            name
            former
          }
          subjectPerson {
            id
            name
            former
          }
        }
      }
    }
  }
`;
type Person = { id: string; name: string | null; former: boolean } | null;
type Node = { action: string; subjectId: string | null; actorPerson: Person; subjectPerson: Person };

let app: TestApp;
let admin: User;
let member: User;
let gone: User;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  admin = await em.findOneOrFail(User, { email: demoEmail('admin') }, { populate: ['expert'] });
  member = await em.findOneOrFail(User, { email: demoEmail('member.lv') }, { populate: ['expert'] });
  gone = await em.findOneOrFail(User, { email: demoEmail('suspended') });
  await em.transactional(async (tx) => {
    await audit(tx, {
      action: 'ROLE_CHANGED',
      actorId: admin.id,
      subjectType: 'user',
      subjectId: member.id,
      details: { networkRole: 'MODERATOR' },
    });
    await audit(tx, { action: 'PASSWORD_CHANGED', actorId: gone.id, subjectType: 'user', subjectId: gone.id });
  });
  await em.nativeUpdate(User, { id: gone.id }, { deletedAt: new Date() });
});
afterAll(() => app?.close());

const events = async (variables: Record<string, unknown>) => {
  const result = await app.gql<{ auditEvents: { edges: { node: Node }[] } }>(EVENTS, variables, { as: await app.cookieOf('admin') });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.auditEvents.edges.map((edge) => edge.node);
};

describe('the audit log by name', () => {
  it('names who acted and the member acted on', async () => {
    const [entry] = await events({ filter: { action: 'ROLE_CHANGED' }, first: 5 });
    expect(entry).toEqual({
      action: 'ROLE_CHANGED',
      subjectId: member.id,
      actorPerson: { id: admin.id, name: admin.expert!.unwrap().fullName, former: false },
      subjectPerson: { id: member.id, name: member.expert!.unwrap().fullName, former: false },
    });
  });

  it('shows a deleted account as a former member, without a name', async () => {
    const [entry] = await events({ filter: { action: 'PASSWORD_CHANGED' }, first: 5 });
    expect(entry?.actorPerson).toEqual({ id: gone.id, name: null, former: true });
    expect(entry?.subjectPerson).toEqual({ id: gone.id, name: null, former: true });
  });

  it('filters only by the known actions', async () => {
    const result = await app.gql(EVENTS, { filter: { action: 'NOT_AN_ACTION' }, first: 5 }, { as: await app.cookieOf('admin') });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads names for a page in the same statements at 2 and 50 entries', async () => {
    await app.cookieOf('admin');
    const small = await app.countStatements(() => events({ first: 2 }));
    const large = await app.countStatements(() => events({ first: 50 }));
    expect((await events({ first: 50 })).length).toBeGreaterThan(2);
    expect(large.length).toBe(small.length);
    // The session behind the cookie, the count, the page, and every named account with its profile.
    expect(large.length).toBeLessThanOrEqual(4);
  });
});

const download = async (query: string, cookie: string | null) =>
  fetch(`${app.url}/export/audit.csv${query}`, { headers: cookie ? { cookie } : {} });

describe('GET /export/audit.csv', () => {
  it('gives admins the filtered log with names, formula-safe, and audits the export', async () => {
    const response = await download('?action=ROLE_CHANGED', await app.cookieOf('admin'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('"Time (UTC)","Action","Who","About whom","What happened","Subject type","Subject id"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"ROLE_CHANGED","${admin.expert!.unwrap().fullName}","${member.expert!.unwrap().fullName}"`);
    const former = await (await download('?action=PASSWORD_CHANGED', await app.cookieOf('admin'))).text();
    expect(former).toContain('"former member","former member"');
    const [exported] = await events({ filter: { action: 'AUDIT_EXPORTED' }, first: 5 });
    expect(exported?.actorPerson?.id).toBe(admin.id);
  });

  it('refuses strangers, members who are not admins, and unknown actions', async () => {
    expect((await download('', null)).status).toBe(401);
    expect((await download('', await app.cookieOf('coordinator.lv'))).status).toBe(403);
    expect((await download('?action=DROP', await app.cookieOf('admin'))).status).toBe(400);
    expect((await download('?from=yesterday', await app.cookieOf('admin'))).status).toBe(400);
  });
});
