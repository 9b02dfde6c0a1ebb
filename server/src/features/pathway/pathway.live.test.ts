import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { subscribe, type Subscription } from '../../test/subscribe.js';

const CHANGED = /* GraphQL */ `
  subscription ($id: ID!, $latest: Int, $published: Int) {
    pathwayChanged(pathwayId: $id, latestVersion: $latest, publishedVersion: $published) {
      kind
      pathwayId
      number
      actorName
      byYou
      at
    }
  }
`;
const STATE = `query ($m: ID) { referralPathway(municipalityId: $m) { id latestVersion published { number } } }`;
const SAVE = `mutation ($input: SavePathwayDraftInput!) { savePathwayDraft(input: $input) { latestVersion } }`;
const PUBLISH = `mutation ($input: PublishPathwayInput!) { publishPathway(input: $input) { published { number } } }`;
const NAME_EDITORS = `mutation ($input: SetPathwayEditorsInput!) { setPathwayEditors(input: $input) { id } }`;

interface Change {
  kind: 'DRAFT_SAVED' | 'PUBLISHED';
  pathwayId: string;
  number: number;
  actorName: string | null;
  byYou: boolean;
  at: string;
}
type Feed = Subscription<{ pathwayChanged: Change }>;

let app: TestApp;
let cookies: Record<'contactPoint' | 'coordinator' | 'member' | 'admin', string>;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  cookies = {
    contactPoint: await app.cookieOf('member.lv'),
    coordinator: await app.cookieOf('coordinator.lv'),
    member: await app.cookieOf('member.pl'),
    admin: await app.cookieOf('admin'),
  };
});
afterAll(() => app?.close());

async function municipality(name: string): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from municipality where name = ?`, [name]);
  return row!.id;
}

/** The pathway as its contact point reads it now: the versions a client would hold. */
async function state(municipalityId: string, as = cookies.contactPoint) {
  const result = await app.gql(STATE, { m: municipalityId }, { as });
  const pathway = result.data!.referralPathway;
  return {
    id: pathway.id as string,
    latest: pathway.latestVersion as number,
    published: (pathway.published?.number ?? null) as number | null,
  };
}

async function follow(pathwayId: string, known: { latest: number; published: number | null } | null, cookie?: string): Promise<Feed> {
  const variables = { id: pathwayId, latest: known?.latest ?? null, published: known?.published ?? null };
  return subscribe(app.url, CHANGED, { variables, cookie });
}

async function saveDraft(municipalityId: string, expectedVersion: number, as = cookies.contactPoint): Promise<number> {
  const input = { versionId: randomUUID(), municipalityId, expectedVersion, reason: 'Live test', steps: [] };
  const result = await app.gql(SAVE, { input }, { as });
  expect(result.errors).toBeUndefined();
  return result.data!.savePathwayDraft.latestVersion;
}

async function publish(pathwayId: string, number: number, as = cookies.contactPoint) {
  const result = await app.gql(PUBLISH, { input: { pathwayId, number, expectedVersion: number } }, { as });
  expect(result.errors).toBeUndefined();
}

describe('pathwayChanged', () => {
  it('tells those who read drafts that a draft was saved, and every reader that a version was published', async () => {
    const liepaja = await municipality('Liepāja');
    const before = await state(liepaja);
    const [coordinator, member, own] = await Promise.all([
      follow(before.id, before, cookies.coordinator),
      follow(before.id, before, cookies.member),
      follow(before.id, before, cookies.contactPoint),
    ]);
    try {
      const number = await saveDraft(liepaja, before.latest);
      const draft = (await coordinator.next()).pathwayChanged;
      expect(draft).toMatchObject({ kind: 'DRAFT_SAVED', pathwayId: before.id, number, byYou: false });
      expect(draft.actorName).toMatch(/\w/);
      expect((await own.next()).pathwayChanged).toMatchObject({ kind: 'DRAFT_SAVED', number, byYou: true });

      await publish(before.id, number);
      // A member who reads only the published version heard nothing of the draft: the publication is their first event.
      for (const feed of [coordinator, member])
        expect((await feed.next()).pathwayChanged).toMatchObject({ kind: 'PUBLISHED', number, byYou: false });
      expect((await own.next()).pathwayChanged).toMatchObject({ kind: 'PUBLISHED', number, byYou: true });
    } finally {
      await Promise.all([coordinator, member, own].map((feed) => feed.close()));
    }
  });

  it('checks each event against the subscriber’s rights of the moment: a member named an editor then hears of drafts', async () => {
    const jelgava = await municipality('Jelgava');
    const before = await state(jelgava, cookies.coordinator);
    const feed = await follow(before.id, before, cookies.member);
    try {
      const first = await saveDraft(jelgava, before.latest, cookies.coordinator);
      const [expert] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ expert_id: string }[]>(`select expert_id from app_user where email like 'member.pl@%'`);
      const named = await app.gql(
        NAME_EDITORS,
        { input: { pathwayId: before.id, expertIds: [expert!.expert_id] } },
        { as: cookies.coordinator },
      );
      expect(named.errors).toBeUndefined();
      const second = await saveDraft(jelgava, first, cookies.coordinator);
      // The first draft never reached them (not yet an editor): the second is their first event.
      expect((await feed.next()).pathwayChanged).toMatchObject({ kind: 'DRAFT_SAVED', number: second });
    } finally {
      await feed.close();
    }
  });

  it('sends a reconnecting client what changed since the versions it holds, each once', async () => {
    const liepaja = await municipality('Liepāja');
    const held = await state(liepaja);
    const number = await saveDraft(liepaja, held.latest);
    const feed = await follow(held.id, held, cookies.coordinator);
    try {
      expect((await feed.next()).pathwayChanged).toMatchObject({ kind: 'DRAFT_SAVED', number });
      await expect(feed.result(300)).rejects.toThrow('no event within 300 ms');
    } finally {
      await feed.close();
    }
  });

  it('is NOT_FOUND to anonymous visitors of a members-only pathway; a public one tells them of publications, naming no one', async () => {
    const liepaja = await state(await municipality('Liepāja'));
    const hidden = await follow(liepaja.id, null);
    try {
      expect((await hidden.result()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await hidden.close();
    }
    const klaipeda = await municipality('Klaipėda');
    const before = await state(klaipeda, cookies.admin);
    const feed = await follow(before.id, { latest: before.latest, published: before.published });
    try {
      const number = await saveDraft(klaipeda, before.latest, cookies.admin);
      await publish(before.id, number, cookies.admin);
      // The draft is not theirs to hear of; the publication is, without who did it.
      expect((await feed.next()).pathwayChanged).toMatchObject({ kind: 'PUBLISHED', number, actorName: null, byYou: false });
    } finally {
      await feed.close();
    }
  });

  it('refuses a forged pathway id or version as BAD_USER_INPUT', async () => {
    const forged = await follow('not-an-id', null, cookies.member);
    const negative = await subscribe<{ pathwayChanged: Change }>(app.url, CHANGED, {
      variables: { id: randomUUID(), latest: -1 },
      cookie: cookies.member,
    });
    try {
      expect((await forged.result()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await negative.result()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await Promise.all([forged.close(), negative.close()]);
    }
  });
});
