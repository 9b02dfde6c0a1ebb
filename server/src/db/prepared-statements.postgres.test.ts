import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The harness first: it loads reflect-metadata, which the entities behind the read models need.
import { demoEmail, startTestApp, type TestApp } from '../test/harness.js';
import { readRows } from '../core/sql.js';
import { ANONYMOUS } from '../core/auth.js';
import { readExperts } from '../features/expert/expert.read.js';
import { findOrganisations } from '../features/organisation/organisation.read.js';
import { EVERY_FIELD } from '../features/organisation/organisation.view.js';
import { viewerForToken } from '../features/session/session.service.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

/** The statements prepared on the connection `em` holds (a transaction keeps one connection). */
const preparedOnConnection = (em: Parameters<typeof readRows>[0]) =>
  readRows<{ statement: string }>(em, `select statement from pg_prepared_statements where name like 'strom\\_%'`);

describe('prepared statements', () => {
  it('prepare a declared hot read once per connection, and leave other statements alone', async () => {
    const experts = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from expert order by id limit 2`);
    const [one, two] = experts.map((expert) => expert.id);
    const statements = await app.orm.em.fork().transactional(async (em) => {
      const before = await preparedOnConnection(em);
      const first = await readExperts(em, [one!]);
      const again = await readExperts(em, [one!]);
      const both = await readExperts(em, [one!, two!]);
      await readRows(em, 'select $1::int + 1 as n', [1]);
      expect(again).toEqual(first);
      expect(first.map((found) => found.id)).toEqual([one]);
      expect(new Set(both.map((found) => found.id))).toEqual(new Set([one, two]));
      return { before, after: await preparedOnConnection(em) };
    });
    const byId = statements.after.filter(({ statement }) => statement.includes('where e.id = $1::uuid'));
    const byIds = statements.after.filter(({ statement }) => statement.includes('where e.id = any($1::uuid[])'));
    // Prepared on this connection now if they were not already: exactly once each either way.
    expect(byId).toHaveLength(1);
    expect(byIds).toHaveLength(1);
    expect(statements.after.length - statements.before.length).toBeLessThanOrEqual(2);
    expect(statements.after.some(({ statement }) => statement.includes('$1::int + 1'))).toBe(false);
  });

  it('serve the session lookup every signed-in request makes', async () => {
    const token = (await app.cookieOf('member.pl')).split('=')[1]!;
    const found = await app.orm.em.fork().transactional(async (em) => {
      const viewer = await viewerForToken(em, token);
      return { viewer, statements: await preparedOnConnection(em) };
    });
    expect(found.viewer?.email).toBe(demoEmail('member.pl'));
    expect(found.statements.filter(({ statement }) => statement.includes('where s.token_hash = $1'))).toHaveLength(1);
  });

  it('prepare a list page composed per request, its page size written into the text', async () => {
    const found = await app.orm.em.fork().transactional(async (em) => {
      const first = await findOrganisations(em, ANONYMOUS, { countryCode: 'LV' }, { first: 5 }, EVERY_FIELD);
      const again = await findOrganisations(em, ANONYMOUS, { countryCode: 'LV' }, { first: 5 }, EVERY_FIELD);
      expect(again).toEqual(first);
      expect(first.edges).toHaveLength(5);
      return preparedOnConnection(em);
    });
    const pages = found.filter(({ statement }) => statement.includes('select t.total, p.organisation'));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.statement).toContain('limit 6');
  });
});
