import { Cursor } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

// Forged cursors and NUL bytes are the caller's mistake: BAD_USER_INPUT naming the field, never a masked internal error.
let app: TestApp;
let admin: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  admin = await app.cookieOf('admin');
});
afterAll(() => app?.close());

const UUID = '00000000-0000-4000-8000-000000000000';
const NOW = '2026-11-01T11:35:00.000Z';
const BY_NAME = {
  'text where an id belongs': Cursor.encode(['Riga', 'not-a-uuid']),
  'a NUL byte': Cursor.encode(['a\u0000b', UUID]),
  'a number where text belongs': Cursor.encode([42, UUID]),
  'one value too few': Cursor.encode(['Riga']),
};
const BY_TIME = {
  'text where a date belongs': Cursor.encode(['not a date', UUID]),
  'an impossible date': Cursor.encode(['2026-13-45T99:00:00.000Z', UUID]),
  'text where an id belongs': Cursor.encode([NOW, 'not-a-uuid']),
  'a NUL byte': Cursor.encode([NOW, `${UUID}\u0000`]),
};
const BY_SEQUENCE = {
  'text where a sequence number belongs': Cursor.encode(['ten']),
  'a fraction': Cursor.encode([1.5]),
  'a negative number': Cursor.encode([-1]),
};

const PAGED: [string, string, Record<string, string>][] = [
  ['organisations', `query ($after: String) { organisations(after: $after) { totalCount } }`, BY_NAME],
  ['experts', `query ($after: String) { experts(after: $after) { totalCount } }`, BY_NAME],
  ['members', `query ($after: String) { members(after: $after) { totalCount } }`, BY_NAME],
  ['invitations', `query ($after: String) { invitations(after: $after) { totalCount } }`, BY_TIME],
  ['networkActivity', `query ($after: String) { networkActivity(after: $after) { totalCount } }`, BY_TIME],
  ['auditEvents', `query ($after: String) { auditEvents(after: $after) { totalCount } }`, BY_SEQUENCE],
];

describe('forged cursors', () => {
  for (const [field, query, forged] of PAGED) {
    it.each(Object.entries(forged))(`${field}: a cursor with %s is BAD_USER_INPUT`, async (_what, after) => {
      const result = await app.gql(query, { after }, { as: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
    });
  }

  it('still accepts the cursors it issued', async () => {
    for (const [field] of PAGED) {
      const first = await app.gql<Record<string, { pageInfo: { endCursor: string | null } }>>(
        `{ ${field}(first: 1) { pageInfo { endCursor } } }`,
        {},
        { as: admin },
      );
      const after = first.data![field]!.pageInfo.endCursor;
      if (after === null) continue;
      const next = await app.gql(`query ($after: String) { ${field}(first: 1, after: $after) { totalCount } }`, { after }, { as: admin });
      expect(next.errors).toBeUndefined();
    }
  });
});

describe('NUL bytes in text inputs', () => {
  const NUL = 'Riga\u0000';
  it.each([
    ['organisations filter text', `query ($v: String) { organisations(filter: { text: $v }) { totalCount } }`],
    ['experts filter text', `query ($v: String) { experts(filter: { text: $v }) { totalCount } }`],
    ['members filter text', `query ($v: String) { members(filter: { text: $v }) { totalCount } }`],
    ['search query', `query ($v: String!) { search(query: $v) { __typename } }`],
    ['requestPasswordReset email', `mutation ($v: String!) { requestPasswordReset(email: $v) }`],
    ['invitationPreview token', `query ($v: String!) { invitationPreview(token: $v) { email } }`],
  ])('%s is BAD_USER_INPUT', async (_what, query) => {
    const result = await app.gql(query, { v: NUL }, { as: admin });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an edit with a NUL byte is BAD_USER_INPUT and stores nothing', async () => {
    const cookie = await app.cookieOf('member.pl');
    const me = await app.gql<{ viewer: { expert: { version: number; bio: string | null } } }>(
      `{ viewer { expert { version bio } } }`,
      {},
      { as: cookie },
    );
    const { version, bio } = me.data!.viewer.expert;
    const result = await app.gql(
      `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { bio } }`,
      { input: { expectedVersion: version, bio: 'line one\u0000line two' } },
      { as: cookie },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await app.gql<{ viewer: { expert: { version: number; bio: string | null } } }>(
      `{ viewer { expert { version bio } } }`,
      {},
      { as: cookie },
    );
    expect(after.data!.viewer.expert).toEqual({ version, bio });
  });
});
