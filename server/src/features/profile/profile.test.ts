import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { addMember, signIn } from '../member/member.test-support.js';
import { subscribe } from '../../test/subscribe.js';
import { NetworkActivity } from '../network-activity/network-activity.entity.js';

const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      version
      fullName
      title
      bio
      languages
      formsOfExploitation
      topics
      availableForConsultation
      contacts {
        email
        phone
        messagingHandle
      }
      contactVisibility {
        email
        phone
        messagingHandle
      }
    }
  }
`;
const CONTACTS = `query ($id: ID!) { expert(id: $id) { contacts { email phone messagingHandle } } }`;
const MY_PROFILE = `{ viewer { expert { id version fullName } } }`;

let app: TestApp;
let expertId: string;
let version: number;
let fullName: string;
let initial: Expert;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const me = await app.gql<{ viewer: { expert: { id: string; version: number; fullName: string } } }>(
    MY_PROFILE,
    {},
    { as: await app.cookieOf('member.lv') },
  );
  ({ id: expertId, version, fullName } = me.data!.viewer.expert);
  initial = await stored();
});
afterAll(() => app?.close());

const stored = () => app.orm.em.fork().findOneOrFail(Expert, expertId);

describe('updateMyProfile', () => {
  it('is refused to anonymous visitors and changes nothing', async () => {
    const result = await app.gql(UPDATE, { input: { expectedVersion: version, fullName: 'Hijacked' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await stored()).toMatchObject({ fullName, version });
  });

  it('refuses bad input with the field named, and changes nothing', async () => {
    const cases = [
      [{ fullName: '   ' }, 'fullName', 'fullName cannot be empty'],
      [{ fullName: 'x'.repeat(201) }, 'fullName', 'Use at most 200 characters.'],
      [{ languages: ['lv', 'klingon'] }, 'languages', 'Choose languages from the list'],
      [{ email: 'not an email' }, 'email', 'Enter an e-mail address like name@example.org.'],
      [{ phone: 'call me maybe' }, 'phone', 'Enter a phone number like +371 2000 0000'],
      [{ phone: '+1 2' }, 'phone', 'Enter a phone number like +371 2000 0000'],
      [{ messagingHandle: '@'.repeat(101) }, 'messagingHandle', 'Use at most 100 characters.'],
      [{ bio: 'b'.repeat(4001) }, 'bio', 'Use at most 4000 characters.'],
      [{ topics: Array.from({ length: 21 }, (_, i) => `topic ${i}`) }, 'topics', 'List at most 20 topics.'],
      [{ availableForConsultation: null }, 'availableForConsultation', 'availableForConsultation cannot be empty'],
      [{ phoneVisibility: null }, 'phoneVisibility', 'phoneVisibility cannot be empty'],
    ] as const;
    for (const [change, field, message] of cases) {
      const result = await app.gql(UPDATE, { input: { expectedVersion: version, ...change } }, { as: await app.cookieOf('member.lv') });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe(field);
      expect(result.errors?.[0]?.message).toContain(message);
    }
    expect(await stored()).toMatchObject({ fullName, version });
  });

  it('answers NOT_FOUND to a member without a profile', async () => {
    const extra = await addMember(app, 'LT');
    const { cookie } = await signIn(app, { email: extra.email, password: extra.password });
    const result = await app.gql(UPDATE, { input: { expectedVersion: 1, fullName: 'Nobody' } }, { as: cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('saves the own profile, bumps the version and audits only the visibility that changed', async () => {
    const result = await app.gql<{ updateMyProfile: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          expectedVersion: version,
          fullName: `  ${fullName} Jr.  `,
          title: ' Social worker ',
          bio: '',
          languages: ['lv', 'en', 'lv'],
          formsOfExploitation: ['LABOUR_EXPLOITATION', 'LABOUR_EXPLOITATION'],
          topics: [' minors ', '', 'labour'],
          availableForConsultation: true,
          email: 'liepaja.contact@example.org',
          phone: '+371 2000 0000',
          messagingHandle: '@liepaja',
          emailVisibility: 'NETWORK',
          phoneVisibility: 'COUNTRY',
          messagingHandleVisibility: 'NOBODY',
        },
      },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMyProfile).toEqual({
      id: expertId,
      version: version + 1,
      fullName: `${fullName} Jr.`,
      title: 'Social worker',
      bio: null,
      languages: ['lv', 'en'],
      formsOfExploitation: ['LABOUR_EXPLOITATION'],
      topics: ['minors', 'labour'],
      availableForConsultation: true,
      contacts: { email: 'liepaja.contact@example.org', phone: '+371 2000 0000', messagingHandle: '@liepaja' },
      contactVisibility: { email: 'NETWORK', phone: 'COUNTRY', messagingHandle: 'NOBODY' },
    });
    const entries = await app.orm.em.fork().find(AuditEvent, { action: 'CONTACT_VISIBILITY_CHANGED', subjectId: expertId });
    const wanted = { email: 'NETWORK', phone: 'COUNTRY', messagingHandle: 'NOBODY' } as const;
    const changed = (['email', 'phone', 'messagingHandle'] as const).filter((field) => initial[`${field}Visibility`] !== wanted[field]);
    expect(entries.map((e) => e.details)).toEqual(changed.map((field) => ({ field, visibility: wanted[field] })));
    expect(JSON.stringify(entries)).not.toMatch(/liepaja|example\.org|2000/);
  });

  it('shows each contact only to whom its visibility allows', async () => {
    const sameCountry = await addMember(app, 'LV');
    const viewers = {
      'member.pl (other country)': await app.cookieOf('member.pl'),
      'a member of Latvia': (await signIn(app, { email: sameCountry.email, password: sameCountry.password })).cookie,
      'coordinator.lv': await app.cookieOf('coordinator.lv'),
      'coordinator.lt (other country)': await app.cookieOf('coordinator.lt'),
    };
    const seen: Record<string, unknown> = {};
    for (const [name, cookie] of Object.entries(viewers)) {
      const result = await app.gql<{ expert: { contacts: unknown } }>(CONTACTS, { id: expertId }, { as: cookie });
      seen[name] = result.data!.expert.contacts;
    }
    expect(seen).toEqual({
      'member.pl (other country)': { email: 'liepaja.contact@example.org', phone: null, messagingHandle: null },
      'a member of Latvia': { email: 'liepaja.contact@example.org', phone: '+371 2000 0000', messagingHandle: null },
      'coordinator.lv': { email: 'liepaja.contact@example.org', phone: '+371 2000 0000', messagingHandle: '@liepaja' },
      'coordinator.lt (other country)': { email: 'liepaja.contact@example.org', phone: null, messagingHandle: null },
    });
    const anonymous = await app.gql(CONTACTS, { id: expertId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const before = await stored();
    const result = await app.gql(
      UPDATE,
      { input: { expectedVersion: version, fullName: 'Stale edit', phoneVisibility: 'NETWORK' } },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/^Someone else changed this profile/);
    const after = await stored();
    expect(after).toMatchObject({ fullName: before.fullName, version: before.version, phoneVisibility: 'COUNTRY' });
  });

  it('leaves omitted fields alone and clears optional ones sent as null', async () => {
    const result = await app.gql<{ updateMyProfile: Record<string, unknown> }>(
      UPDATE,
      { input: { expectedVersion: version + 1, title: null, messagingHandle: null, emailVisibility: 'COUNTRY' } },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMyProfile).toMatchObject({
      version: version + 2,
      fullName: `${fullName} Jr.`,
      title: null,
      languages: ['lv', 'en'],
      contacts: { email: 'liepaja.contact@example.org', phone: '+371 2000 0000', messagingHandle: null },
      contactVisibility: { email: 'COUNTRY', phone: 'COUNTRY', messagingHandle: 'NOBODY' },
    });
    const [latest] = await app.orm.em
      .fork()
      .find(AuditEvent, { action: 'CONTACT_VISIBILITY_CHANGED' }, { orderBy: { sequence: 'desc' }, limit: 1 });
    expect(latest).toMatchObject({ subjectType: 'expert', subjectId: expertId, details: { field: 'email', visibility: 'COUNTRY' } });
  });

  it('records and broadcasts no activity for an edit that changes nothing, and keeps the version', async () => {
    const cookie = await app.cookieOf('member.pl');
    const me = await app.gql<{ viewer: { expert: { id: string; version: number; fullName: string } } }>(MY_PROFILE, {}, { as: cookie });
    const own = me.data!.viewer.expert;
    const current = await app.orm.em.fork().findOneOrFail(Expert, own.id);
    const activities = () => app.orm.em.fork().count(NetworkActivity, { expert: own.id });
    const before = await activities();
    const feed = await subscribe<{ networkActivity: { node: { id: string } } }>(
      app.url,
      `subscription { networkActivity { node { id } } }`,
      { cookie },
    );
    try {
      const same = {
        expectedVersion: own.version,
        fullName: own.fullName,
        languages: current.languages,
        topics: current.topics,
        emailVisibility: current.emailVisibility,
      };
      const unchanged = await app.gql<{ updateMyProfile: { version: number } }>(UPDATE, { input: same }, { as: cookie });
      expect(unchanged.errors).toBeUndefined();
      expect(unchanged.data!.updateMyProfile.version).toBe(own.version);
      expect(await activities()).toBe(before);
      const changed = await app.gql(UPDATE, { input: { ...same, title: 'Labour inspector, changed' } }, { as: cookie });
      expect(changed.errors).toBeUndefined();
      expect(await activities()).toBe(before + 1);
      const [latest] = await app.orm.em.fork().find(NetworkActivity, { expert: own.id }, { orderBy: { occurredAt: 'desc' }, limit: 1 });
      expect((await feed.next()).networkActivity.node.id).toBe(latest!.id);
    } finally {
      await feed.close();
    }
  });
});
