import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { errorOf, PROPOSE } from '../invitation/invitation.test-support.js';

const UPDATE_ORGANISATION = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name website } }`;
const UPDATE_PROFILE = `mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { fullName title } }`;

let app: TestApp;
let organisation: { id: string; version: number; name: string };
let admin: string;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  admin = await app.cookieOf('admin');
  const list = await app.gql<{ organisations: { edges: { node: { id: string; version: number; name: string } }[] } }>(
    `{ organisations(first: 1, filter: { countryCode: "EE", level: NATIONAL }) { edges { node { id version name } } } }`,
  );
  organisation = list.data!.organisations.edges[0]!.node;
});
afterAll(() => app?.close());

const BAD_NAMES = {
  'only spaces': '    ',
  'only a tab and a no-break space': '\t\u00a0\u00a0',
  'a zero-width space': 'Anna\u200bBerg',
  'a right-to-left override': 'Anna \u202egreB',
  'a bidi isolate': 'Anna \u2066Berg\u2069',
  'a byte order mark': '\ufeffAnna Berg',
};

describe('names and titles', () => {
  it.each(Object.entries(BAD_NAMES))('refuses an organisation name with %s, and keeps the old one', async (_what, name) => {
    const result = await app.gql(
      UPDATE_ORGANISATION,
      { input: { id: organisation.id, expectedVersion: organisation.version, name } },
      { as: admin },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
    expect((await app.orm.em.fork().findOneOrFail(Organisation, organisation.id)).name).toBe(organisation.name);
  });

  it.each(Object.entries(BAD_NAMES))('refuses a profile name or title with %s', async (_what, text) => {
    const cookie = await app.cookieOf('member.pl');
    const me = await app.gql<{ viewer: { expert: { version: number } } }>(`{ viewer { expert { version } } }`, {}, { as: cookie });
    const version = me.data!.viewer.expert.version;
    // A blank title clears it (stored as none); a blank name is refused.
    for (const field of text.trim() === '' ? ['fullName'] : ['fullName', 'title']) {
      const result = await app.gql(UPDATE_PROFILE, { input: { expectedVersion: version, [field]: text } }, { as: cookie });
      expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    }
  });

  it.each(Object.entries(BAD_NAMES))('refuses a new organisation named with %s in a proposal', async (_what, name) => {
    const result = await app.gql(
      PROPOSE,
      {
        input: {
          email: 'new.org@example.org',
          countryCode: 'EE',
          reason: 'A colleague',
          newOrganisation: { name, type: 'NGO', level: 'NATIONAL' },
        },
      },
      { as: await app.cookieOf('member.lv') },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newOrganisation.name'] });
  });

  it('accepts names in any script, with their diacritics', async () => {
    const cookie = await app.cookieOf('member.pl');
    const me = await app.gql<{ viewer: { expert: { version: number } } }>(`{ viewer { expert { version } } }`, {}, { as: cookie });
    const result = await app.gql(
      UPDATE_PROFILE,
      { input: { expectedVersion: me.data!.viewer.expert.version, title: 'Łódź — Специалист' } },
      { as: cookie },
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a profile name identical to another person’s in the same organisation', async () => {
    const cookie = await app.cookieOf('member.lv');
    const me = await app.gql<{ viewer: { expert: { id: string; version: number } } }>(
      `{ viewer { expert { id version } } }`,
      {},
      { as: cookie },
    );
    const own = await app.orm.em.fork().findOneOrFail(Expert, me.data!.viewer.expert.id);
    // A colleague in the same organisation (moved there for the test: the demo gives this member none).
    const colleague = await app.orm.em.fork().findOne(Expert, { organisation: { $ne: own.organisation.id } });
    await app.orm.em.fork().nativeUpdate(Expert, { id: colleague!.id }, { organisation: own.organisation.id });
    const result = await app.gql(
      UPDATE_PROFILE,
      { input: { expectedVersion: me.data!.viewer.expert.version, fullName: ` ${colleague!.fullName.toUpperCase()} ` } },
      { as: cookie },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['fullName'] });
  });
});

describe('websites', () => {
  it.each([
    ['userinfo that looks like the host', 'https://trusted.example@evil.example/'],
    ['a user and password', 'https://user:secret@example.org/'],
    ['javascript', 'javascript:alert(1)'],
    ['ftp', 'ftp://example.org/'],
  ])('refuses %s', async (_what, website) => {
    const result = await app.gql(
      UPDATE_ORGANISATION,
      { input: { id: organisation.id, expectedVersion: organisation.version, website } },
      { as: admin },
    );
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['website'] });
  });

  it('accepts a plain https address', async () => {
    const { version } = await app.orm.em.fork().findOneOrFail(Organisation, organisation.id);
    const result = await app.gql(
      UPDATE_ORGANISATION,
      { input: { id: organisation.id, expectedVersion: version, website: 'https://www.example.org/about?lang=et' } },
      { as: admin },
    );
    expect(result.errors).toBeUndefined();
  });
});
