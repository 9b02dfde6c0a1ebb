import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { OrganisationService } from './organisation-service.entity.js';
import { Organisation } from './organisation.entity.js';

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      phone
      email
      website
      version
      services {
        id
        hotline
      }
    }
  }
`;

const PROFILE = /* GraphQL */ `
  query ($id: ID!) {
    organisation(id: $id) {
      id
      phone
      email
      website
      services {
        id
        kind
        available24x7
        hotline
        address
      }
    }
  }
`;

type Service = { id: string; kind: string; available24x7: boolean; hotline: string | null; address: string | null };
type Profile = { id: string; phone: string | null; email: string | null; website: string | null; services: Service[] };
type FieldError = { field: string; message: string };

let app: TestApp;
/** The organisation member.lv edits (a listed one, in the demo seed). */
let own: Organisation;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  const [editorOf] = await em.execute<{ organisation_id: string }[]>(
    `select organisation_id from organisation_editor e join app_user u on u.id = e.user_id where u.email = 'member.lv@demo.strom.invalid'`,
  );
  own = await em.findOneOrFail(Organisation, editorOf!.organisation_id, { populate: ['services'] });
});
afterAll(() => app?.close());

async function profile(id: string, as?: string): Promise<Profile | null> {
  const result = await app.gql<{ organisation: Profile | null }>(PROFILE, { id }, as ? { as } : undefined);
  expect(result.errors).toBeUndefined();
  return result.data!.organisation;
}

function hotlines(p: Profile | null): (string | null)[] {
  return p!.services.filter((s) => s.hotline).map((s) => s.hotline);
}

async function version(id: string): Promise<number> {
  return (await app.orm.em.fork().findOneOrFail(Organisation, id)).version;
}

describe('public contacts of an organisation', () => {
  it('are seeded for demo organisations: fictional numbers, example domains, hotlines on 24/7 services', async () => {
    const em = app.orm.em.fork();
    const organisations = await em.find(Organisation, { status: 'ACTIVE' }, { populate: ['services'] });
    const withPhone = organisations.filter((o) => o.phone !== null);
    expect(withPhone.length).toBeGreaterThan(organisations.length / 2);
    for (const o of withPhone) expect(o.phone).toMatch(/^\+999555\d{7}$/);
    for (const o of organisations) expect(o.email).toMatch(/^contact@[a-z0-9-]+\.example\.org$/);
    const services = organisations.flatMap((o) => o.services.getItems());
    expect(services.some((s) => s.available24x7)).toBe(true);
    for (const s of services) expect(s.hotline !== null).toBe(s.available24x7);
    const shelters = services.filter((s) => s.kind === 'SAFE_ACCOMMODATION');
    expect(shelters.length).toBeGreaterThan(0);
    for (const s of shelters) expect(s.address).toBeNull();
  });

  it('an anonymous visitor sees the phone and hotlines of a listed organisation, but no service address', async () => {
    const em = app.orm.em.fork();
    const listed = await em.findOneOrFail(
      Organisation,
      { publiclyListed: true, phone: { $ne: null }, services: { $some: { hotline: { $ne: null }, address: { $ne: null } } } },
      { populate: ['services'] },
    );
    const anonymous = await profile(listed.id);
    expect(anonymous).toMatchObject({ phone: listed.phone, email: listed.email, website: listed.website });
    expect(hotlines(anonymous)).toEqual(
      listed.services
        .getItems()
        .filter((s) => s.hotline)
        .map((s) => s.hotline),
    );
    expect(hotlines(anonymous).length).toBeGreaterThan(0);
    expect(anonymous!.services.map((s) => s.address)).toEqual(anonymous!.services.map(() => null));
    // Members do see where services are delivered.
    const member = await profile(listed.id, await app.cookieOf('member.pl'));
    expect(member!.services.filter((s) => s.address !== null).length).toBeGreaterThan(0);
  });

  it('an organisation that is not listed stays invisible to anonymous visitors, contacts and all', async () => {
    const hidden = await app.orm.em.fork().findOneOrFail(Organisation, { publiclyListed: false, status: 'ACTIVE', phone: { $ne: null } });
    expect(await profile(hidden.id)).toBeNull();
    const list = await app.gql<{ organisations: { edges: { node: { id: string } }[] } }>(
      `{ organisations(first: 100, filter: { countryCode: "${hidden.country!.unwrap().code}" }) { edges { node { id } } } }`,
    );
    expect(list.data!.organisations.edges.length).toBeGreaterThan(0);
    expect(list.data!.organisations.edges.map((e) => e.node.id)).not.toContain(hidden.id);
    expect((await profile(hidden.id, await app.cookieOf('member.pl')))!.phone).toBe(hidden.phone);
  });

  it('shows a safe-accommodation address to the organisation’s editors only', async () => {
    const em = app.orm.em.fork();
    const shelter = await em.findOneOrFail(OrganisationService, { kind: 'SAFE_ACCOMMODATION' }, { populate: ['organisation'] });
    shelter.address = '1 Hidden Lane';
    await em.flush();
    const organisationId = shelter.organisation.id;
    const addressFor = async (as?: string) =>
      (await profile(organisationId, as))?.services.find((s) => s.id === shelter.id)?.address ?? null;
    expect(await addressFor(await app.cookieOf('member.pl'))).toBeNull();
    expect(await addressFor(await app.cookieOf('admin'))).toBe('1 Hidden Lane');
  });
});

describe('updateOrganisation with contacts', () => {
  it('lets an editor set the phone, e-mail, website and a hotline, stored normalised', async () => {
    const service = own.services.getItems()[0]!;
    const expectedVersion = await version(own.id);
    const result = await app.gql<{ updateOrganisation: Profile & { version: number } }>(
      UPDATE,
      {
        input: {
          id: own.id,
          expectedVersion,
          phone: '00371 (67) 00-00-01',
          email: 'office@liepaja.example.org',
          website: 'https://liepaja.example.org/',
          services: [{ id: service.id, hotline: '+371 8000 0001' }],
        },
      },
      { as: await app.cookieOf('member.lv') },
    );
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updateOrganisation;
    expect(updated).toMatchObject({ phone: '+37167000001', email: 'office@liepaja.example.org', website: 'https://liepaja.example.org/' });
    expect(updated.services.find((s) => s.id === service.id)!.hotline).toBe('+37180000001');
    expect(updated.version).toBe(expectedVersion + 1);
    // The organisation page shows the new phone to anyone.
    expect((await profile(own.id))!.phone).toBe('+37167000001');
  });

  it('refuses bad input field by field, in plain words, and changes nothing', async () => {
    const foreign = await app.orm.em.fork().findOneOrFail(OrganisationService, { organisation: { $ne: own.id } });
    const cases: [Record<string, unknown>, FieldError][] = [
      [{ phone: 'call me maybe' }, { field: 'phone', message: 'Enter the phone number with its country code, such as +371 6700 0000' }],
      [{ phone: '+0 12 345 678' }, { field: 'phone', message: 'Enter the phone number with its country code, such as +371 6700 0000' }],
      [{ phone: '6700 0000' }, { field: 'phone', message: 'Enter the phone number with its country code, such as +371 6700 0000' }],
      [{ email: 'office at example.org' }, { field: 'email', message: 'Enter an e-mail address like name@example.org' }],
      [{ website: 'ftp://example.org/' }, { field: 'website', message: 'Enter a web address that starts with https:// or http://' }],
      [
        { website: 'https://me:secret@example.org/' },
        { field: 'website', message: 'Enter a web address that starts with https:// or http://' },
      ],
      [
        { services: [{ id: own.services.getItems()[0]!.id, hotline: '112' }] },
        { field: 'services.0.hotline', message: 'Enter the hotline number with its country code, such as +371 6700 0000' },
      ],
      [
        { services: [{ id: foreign.id, hotline: '+371 8000 0002' }] },
        { field: 'services.0.id', message: 'This service is not one of the organisation’s' },
      ],
    ];
    const before = await profile(own.id);
    const expectedVersion = await version(own.id);
    for (const [change, error] of cases) {
      const result = await app.gql(UPDATE, { input: { id: own.id, expectedVersion, ...change } }, { as: await app.cookieOf('member.lv') });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([error]);
    }
    expect(await profile(own.id)).toEqual(before);
    expect((await app.orm.em.fork().findOneOrFail(OrganisationService, foreign.id)).hotline).toBe(foreign.hotline);
  });

  it('is refused to anonymous visitors and to a member who does not edit it', async () => {
    const input = { id: own.id, expectedVersion: await version(own.id), phone: '+371 6700 0666' };
    const anonymous = await app.gql(UPDATE, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await app.gql(UPDATE, { input }, { as: await app.cookieOf('member.pl') });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stranger.errors?.[0]?.message).toBe('You may not edit this organisation');
    expect((await profile(own.id))!.phone).not.toBe('+37167000666');
  });

  it('refuses a stale version with CONFLICT, also when only a hotline changed since', async () => {
    const service = own.services.getItems()[0]!;
    const as = await app.cookieOf('member.lv');
    const opened = await version(own.id);
    const first = await app.gql(
      UPDATE,
      { input: { id: own.id, expectedVersion: opened, services: [{ id: service.id, hotline: '+371 8000 0003' }] } },
      { as },
    );
    expect(first.errors).toBeUndefined();
    expect(await version(own.id)).toBe(opened + 1);
    const stale = await app.gql(UPDATE, { input: { id: own.id, expectedVersion: opened, phone: '+371 6700 0777' } }, { as });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await profile(own.id))!.phone).not.toBe('+37167000777');
  });
});

describe('organisations(filter: { editableByMe: true })', () => {
  const EDITABLE = /* GraphQL */ `
    query ($first: Int!) {
      organisations(first: $first, filter: { editableByMe: true }) {
        totalCount
        edges {
          node {
            id
            scope {
              country {
                code
              }
            }
            viewerCan {
              edit
            }
            phone
            services {
              hotline
              address
            }
          }
        }
      }
    }
  `;
  type Editable = {
    organisations: {
      totalCount: number;
      edges: { node: { id: string; scope: { country: { code: string } | null }; viewerCan: { edit: boolean } } }[];
    };
  };
  const editable = async (first: number, as?: string) => {
    const result = await app.gql<Editable>(EDITABLE, { first }, as ? { as } : undefined);
    expect(result.errors).toBeUndefined();
    return result.data!.organisations;
  };

  it('lists what an editor edits, nothing for a member who edits none or a visitor; viewer.can says which', async () => {
    const editsSome = async (as: string) =>
      (await app.gql<{ viewer: { can: { editOrganisations: boolean } } }>(`{ viewer { can { editOrganisations } } }`, {}, { as })).data!
        .viewer.can.editOrganisations;
    const editor = await app.cookieOf('member.lv');
    const mine = await editable(50, editor);
    expect(mine.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id: own.id, viewerCan: { edit: true } })]);
    expect(mine.totalCount).toBe(1);
    expect(await editsSome(editor)).toBe(true);
    const stranger = await app.cookieOf('member.pl');
    expect((await editable(50, stranger)).totalCount).toBe(0);
    expect(await editsSome(stranger)).toBe(false);
    expect((await editable(50)).totalCount).toBe(0);
  });

  it('agrees with viewerCan.edit for a coordinator: every organisation of the country, and only those', async () => {
    const as = await app.cookieOf('coordinator.lv');
    const listed = await editable(100, as);
    const all = await app.gql<Editable>(EDITABLE.replace('editableByMe: true', 'countryCode: "LV"'), { first: 100 }, { as });
    const editableInLatvia = all.data!.organisations.edges.filter((e) => e.node.viewerCan.edit).map((e) => e.node.id);
    expect(editableInLatvia.length).toBeGreaterThan(1);
    expect(listed.edges.map((e) => e.node.id).toSorted()).toEqual(editableInLatvia.toSorted());
    for (const { node } of listed.edges) expect(node).toMatchObject({ scope: { country: { code: 'LV' } }, viewerCan: { edit: true } });
  });

  it('reads a page, services and their contacts included, in the same number of statements for 5 and 25 organisations', async () => {
    const as = await app.cookieOf('admin');
    expect((await editable(25, as)).edges).toHaveLength(25);
    const five = await app.countStatements(() => editable(5, as));
    const many = await app.countStatements(() => editable(25, as));
    expect(many.length).toBe(five.length);
  });
});
