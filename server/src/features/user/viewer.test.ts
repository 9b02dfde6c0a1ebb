import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';

const VIEWER = /* GraphQL */ `
  {
    viewer {
      id
      email
      networkRole
      totpEnabled
      totpRequired
      can {
        administer
        inviteMembers
      }
      expert {
        id
        fullName
        organisation {
          name
        }
      }
    }
  }
`;

type ViewerResult = { viewer: { email: string; networkRole: string; expert: { fullName: string; organisation: { name: string } } | null } };

let app: TestApp;
let member: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  member = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

describe('viewer', () => {
  it('is read with the session: the account costs no statement of its own, the profile one', async () => {
    const result = await app.gql<ViewerResult>(VIEWER, {}, { as: member });
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer).toMatchObject({ networkRole: 'MEMBER' });
    expect(result.data!.viewer.email).toBe(demoEmail('member.lv'));
    expect(result.data!.viewer.expert!.organisation.name.length).toBeGreaterThan(0);
    expect(await app.countStatements(() => app.gql(`{ viewer { id email networkRole totpRequired } }`, {}, { as: member }))).toHaveLength(
      1,
    );
    expect(await app.countStatements(() => app.gql(VIEWER, {}, { as: member }))).toHaveLength(2);
  });

  it("answers the app shell's own name and profile link from the session's statement, and reads the profile for more", async () => {
    const shell = `{ viewer { id expert { __typename id fullName } } }`;
    const [profile] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; full_name: string }[]>(
        `select x.id, x.full_name from expert x join app_user u on u.expert_id = x.id where u.email = ?`,
        [demoEmail('member.lv')],
      );
    const result = await app.gql<{ viewer: { expert: unknown } }>(shell, {}, { as: member });
    expect(result.data!.viewer.expert).toEqual({ __typename: 'Expert', id: profile!.id, fullName: profile!.full_name });
    expect(await app.countStatements(() => app.gql(shell, {}, { as: member }))).toHaveLength(1);
    // Any other field of the profile, or a fragment, reads the profile itself.
    const more = `{ viewer { expert { id fullName title } } }`;
    expect(await app.countStatements(() => app.gql(more, {}, { as: member }))).toHaveLength(2);
    const fragment = `{ viewer { expert { ...name } } } fragment name on Expert { id fullName }`;
    expect(await app.countStatements(() => app.gql(fragment, {}, { as: member }))).toHaveLength(2);
    // A renamed profile shows its new name on the next request.
    await app.orm.em
      .fork()
      .getConnection()
      .execute(`update expert set full_name = ? where id = ?`, [`${profile!.full_name} Jr.`, profile!.id]);
    const renamed = await app.gql<{ viewer: { expert: { fullName: string } } }>(shell, {}, { as: member });
    expect(renamed.data!.viewer.expert.fullName).toBe(`${profile!.full_name} Jr.`);
    await app.orm.em.fork().getConnection().execute(`update expert set full_name = ? where id = ?`, [profile!.full_name, profile!.id]);
  });

  it('is null for anonymous visitors, without a statement', async () => {
    const result = await app.gql<{ viewer: null }>(`{ viewer { id } }`);
    expect(result.data).toEqual({ viewer: null });
    expect(await app.countStatements(() => app.gql(`{ viewer { id } }`))).toHaveLength(0);
  });
});
