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

  it('is null for anonymous visitors, without a statement', async () => {
    const result = await app.gql<{ viewer: null }>(`{ viewer { id } }`);
    expect(result.data).toEqual({ viewer: null });
    expect(await app.countStatements(() => app.gql(`{ viewer { id } }`))).toHaveLength(0);
  });
});
