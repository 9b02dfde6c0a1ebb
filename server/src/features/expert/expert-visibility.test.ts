import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe } from '../../test/subscribe.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Expert } from './expert.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const CONTACTS = `query ($id: ID!) { expert(id: $id) { contacts { email phone messagingHandle } } }`;

describe('anonymous visitors', () => {
  it('do not see experts at all', async () => {
    const list = await app.gql(`{ experts(first: 5) { totalCount } }`);
    expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const someone = await app.orm.em.fork().findOneOrFail(Expert, { fullName: { $ne: '' } });
    const one = await app.gql(`query ($id: ID!) { expert(id: $id) { fullName } }`, { id: someone.id });
    expect(one.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const people = await app.gql(`query ($id: ID!) { organisation(id: $id) { name experts { totalCount } } }`, {
      id: someone.organisation.id,
    });
    expect(JSON.stringify(people.data)).not.toContain(someone.fullName);
  });

  it('see only publicly listed organisations', async () => {
    const hidden = await app.orm.em.fork().findOneOrFail(Organisation, { publiclyListed: false, status: 'ACTIVE' });
    expect((await app.gql(`query ($id: ID!) { organisation(id: $id) { name } }`, { id: hidden.id })).data).toEqual({ organisation: null });
    const all = await app.gql<{ organisations: { totalCount: number } }>(`{ organisations { totalCount } }`);
    const listed = await app.orm.em.fork().count(Organisation, { publiclyListed: true });
    expect(all.data!.organisations.totalCount).toBe(listed);
    const member = await app.gql(
      `query ($id: ID!) { organisation(id: $id) { name } }`,
      { id: hidden.id },
      { as: await app.cookieOf('member.pl') },
    );
    expect(member.data).toEqual({ organisation: { name: hidden.name } });
  });

  it('get feed entries without experts and without unlisted organisations', async () => {
    const feed = await app.gql<{ networkActivity: { edges: { node: { expert: unknown; organisation: { id: string } | null } }[] } }>(
      `{ networkActivity(first: 100) { edges { node { expert { fullName } organisation { id } } } } }`,
    );
    expect(feed.data!.networkActivity.edges.length).toBeGreaterThan(0);
    for (const { node } of feed.data!.networkActivity.edges) {
      expect(node.expert).toBeNull();
      expect(node.organisation).not.toBeNull();
    }
  });

  it('receive live events only about publicly listed organisations', async () => {
    const anonymous = await subscribe<{ networkActivity: { node: { organisation: { id: string } | null } } }>(
      app.url,
      `subscription { networkActivity { node { organisation { id } } } }`,
    );
    try {
      const as = await app.cookieOf('admin');
      const em = app.orm.em.fork();
      const hidden = await em.findOneOrFail(Organisation, { publiclyListed: false, status: 'ACTIVE' });
      const listed = await em.findOneOrFail(Organisation, { publiclyListed: true, level: 'NATIONAL' });
      for (const organisation of [hidden, listed]) {
        const result = await app.gql(
          `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
          { input: { id: organisation.id, expectedVersion: organisation.version, description: 'Updated while someone watched' } },
          { as },
        );
        expect(result.errors).toBeUndefined();
      }
      // The first event an anonymous subscriber receives is the listed one: the unlisted one never arrives.
      expect((await anonymous.next()).networkActivity.node.organisation).toEqual({ id: listed.id });
    } finally {
      await anonymous.close();
    }
  });
});

describe('contact details', () => {
  async function expertWith(visibility: 'NETWORK' | 'COUNTRY' | 'NOBODY', countryCode: string) {
    return app.orm.em.fork().findOneOrFail(Expert, { emailVisibility: visibility, country: countryCode, email: { $ne: null } });
  }

  it('follow the visibility the expert chose, per field, and are null rather than an error', async () => {
    const network = await expertWith('NETWORK', 'EE');
    const country = await expertWith('COUNTRY', 'LV');
    const nobody = await expertWith('NOBODY', 'LV');
    const emailSeenBy = async (expert: Expert, viewer: 'member.pl' | 'member.lv' | 'coordinator.lv') => {
      const result = await app.gql<{ expert: { contacts: { email: string | null } } }>(
        CONTACTS,
        { id: expert.id },
        { as: await app.cookieOf(viewer) },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.expert.contacts.email;
    };
    expect(await emailSeenBy(network, 'member.pl')).toBe(network.email);
    expect(await emailSeenBy(country, 'member.lv')).toBe(country.email);
    expect(await emailSeenBy(country, 'member.pl')).toBeNull();
    expect(await emailSeenBy(nobody, 'member.lv')).toBeNull();
    // Coordinators of the expert's country always see them.
    expect(await emailSeenBy(nobody, 'coordinator.lv')).toBe(nobody.email);
  });
});
