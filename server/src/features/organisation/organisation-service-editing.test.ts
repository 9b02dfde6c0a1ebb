import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { User } from '../user/user.entity.js';
import { Organisation } from './organisation.entity.js';

const SERVICE_FIELDS = `id kind capacity targetGroups languages available24x7 formsOfExploitation hotline address`;
const ADD = `mutation ($input: AddServiceInput!) { addOrganisationService(input: $input) { version lastConfirmedAt services { ${SERVICE_FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdateServiceInput!) { updateOrganisationService(input: $input) { version services { ${SERVICE_FIELDS} } } }`;
const REMOVE = `mutation ($input: RemoveServiceInput!) { removeOrganisationService(input: $input) { version services { id } } }`;

let app: TestApp;
let organisation: { id: string; version: number };
let editor: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  // member.lv edits their own organisation in the demo; it is listed publicly.
  const user = await em.findOneOrFail(User, { email: demoEmail('member.lv') }, { populate: ['editorOf'] });
  const id = user.editorOf.getIdentifiers<string>()[0]!;
  await em.nativeUpdate(Organisation, id, { publiclyListed: true });
  organisation = { id, version: (await em.fork().findOneOrFail(Organisation, id)).version };
  editor = await app.cookieOf('member.lv');
});
afterAll(() => app?.close());

const shelter = (extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  organisationId: organisation.id,
  expectedVersion: organisation.version,
  kind: 'SAFE_ACCOMMODATION',
  capacity: 12,
  targetGroups: ['ADULT_MEN'],
  languages: ['lv', 'ru'],
  available24x7: true,
  formsOfExploitation: ['LABOUR_EXPLOITATION'],
  address: 'Secret street 1, Liepāja',
  hotline: '+371 2000 0000',
  ...extra,
});

describe('services', () => {
  it('an editor adds one, once per client id; its address never reaches visitors or other members', async () => {
    const input = shelter();
    const added = await app.gql(ADD, { input }, { as: editor });
    expect(added.errors).toBeUndefined();
    const service = added.data!.addOrganisationService.services.find((s: { id: string }) => s.id === input.id);
    expect(service).toMatchObject({
      capacity: 12,
      targetGroups: ['ADULT_MEN'],
      available24x7: true,
      hotline: '+37120000000',
      address: input.address,
    });
    organisation.version = added.data!.addOrganisationService.version;
    const retry = await app.gql(ADD, { input }, { as: editor });
    expect(retry.data!.addOrganisationService.services.filter((s: { id: string }) => s.id === input.id)).toHaveLength(1);

    const read = `query ($id: ID!) { organisation(id: $id) { services { id address hotline } } }`;
    const find = (data: any) => data.organisation.services.find((s: { id: string }) => s.id === input.id);
    expect(find((await app.gql(read, { id: organisation.id })).data)).toEqual({ id: input.id, address: null, hotline: '+37120000000' });
    const other = await app.gql(read, { id: organisation.id }, { as: await app.cookieOf('member.pl') });
    expect(find(other.data).address).toBeNull();
  });

  it('edits and removes one, refusing a stale version and strangers', async () => {
    const input = shelter({ kind: 'INTERPRETATION', address: null, capacity: null });
    const added = await app.gql(ADD, { input: { ...input, expectedVersion: organisation.version } }, { as: editor });
    organisation.version = added.data!.addOrganisationService.version;
    const { id: _drop, organisationId: _org, ...fields } = input;
    const changed = await app.gql(
      UPDATE,
      { input: { ...fields, id: input.id, expectedVersion: organisation.version, languages: ['uk'], capacity: 3 } },
      { as: editor },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateOrganisationService.services.find((s: { id: string }) => s.id === input.id)).toMatchObject({
      languages: ['uk'],
      capacity: 3,
    });
    const stale = await app.gql(UPDATE, { input: { ...fields, id: input.id, expectedVersion: organisation.version } }, { as: editor });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    organisation.version = changed.data!.updateOrganisationService.version;
    const stranger = await app.gql(
      REMOVE,
      { input: { id: input.id, expectedVersion: organisation.version } },
      { as: await app.cookieOf('member.pl') },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const removed = await app.gql(REMOVE, { input: { id: input.id, expectedVersion: organisation.version } }, { as: editor });
    expect(removed.data!.removeOrganisationService.services.map((s: { id: string }) => s.id)).not.toContain(input.id);
    organisation.version = removed.data!.removeOrganisationService.version;
  });

  it('refuses bad input with field errors', async () => {
    const negative = await app.gql(ADD, { input: shelter({ capacity: -1, languages: ['xx'] }) }, { as: editor });
    const fields = negative.errors?.[0]?.extensions?.fieldErrors.map((e: { field: string }) => e.field).toSorted();
    expect(fields).toEqual(['capacity', 'languages']);
    const victim = await app.gql(ADD, { input: shelter({ description: 'Room for Jonas, born 12.03.1990' }) }, { as: editor });
    expect(victim.errors?.[0]?.extensions?.guardrail.field).toBe('description');
  });
});
