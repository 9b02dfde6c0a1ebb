import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type DemoAccountName, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { makeForum, makeThread, reply } from '../forum/forum.test-support.js';
import { demoPlaces, INVITE, PROPOSE, type DemoPlaces } from '../invitation/invitation.test-support.js';

// Every free-text input outside forum posts passes the victim-data guardrail on the server: each mutation refuses
// a text with an unconfirmed finding (naming its spans, saving nothing) and accepts it once the author confirms.
const VICTIM_TEXT = 'The victim Anna Kowalska called us from +48 601 234 567 last week.';
/** Each run writes a text of its own, so that no edit is a repeat of an earlier one (unchanged texts are not checked again). */
let runs = 0;
const victimText = () => `${VICTIM_TEXT} Note ${(runs += 1)}.`;
const FINDINGS = [
  { kind: 'NAME_WITH_CASE_WORD', text: 'Anna Kowalska' },
  { kind: 'PHONE', text: '+48 601 234 567' },
];

type Confirmation = { kind: string; text: string };
interface GuardedMutation {
  name: string;
  field: string;
  /** Runs the mutation with VICTIM_TEXT in its free-text field and the given confirmations. */
  run: (confirmations: Confirmation[] | undefined) => Promise<GraphQLResponse<Record<string, { id: string }>>>;
  /** The subject the confirmation is audited against. */
  subject: () => Promise<{ type: string; id: string }>;
}

let app: TestApp;
let places: DemoPlaces;
let emails = 0;
beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  places = await demoPlaces(app);
});
afterAll(() => app?.close());

const gql = async <T = Record<string, { id: string }>>(query: string, variables: Record<string, unknown>, as: DemoAccountName) =>
  app.gql<T>(query, variables, { as: await app.cookieOf(as) });
const rootOf = (result: GraphQLResponse<Record<string, { id: string }>>) => Object.values(result.data ?? {})[0];

async function myProfile() {
  const me = await gql<{ viewer: { expert: { id: string; version: number } } }>(`{ viewer { expert { id version } } }`, {}, 'member.lv');
  return me.data!.viewer.expert;
}

async function organisation() {
  const { id } = places.ltOrganisation;
  const found = await gql<{ organisation: { id: string; version: number } }>(
    `query ($id: ID!) { organisation(id: $id) { id version } }`,
    { id },
    'admin',
  );
  return found.data!.organisation;
}

async function proposal() {
  const input = {
    email: `proposed.${emails++}@example.org`,
    countryCode: 'LV',
    organisationId: places.lvOrganisation.id,
    reason: 'Works with us on referrals.',
  };
  return rootOf(await gql(PROPOSE, { input }, 'member.pl'))!;
}

/** A post in a fresh thread, and the thread, for the moderation mutations. */
async function post() {
  const forum = await makeForum(app);
  const thread = await makeThread(app, forum.id);
  const replied = await reply(app, thread.id, 'member.pl', 'A useful checklist');
  return { threadId: thread.id, postId: replied.data!.addPost.id };
}

const cases: GuardedMutation[] = [
  (() => {
    let expert: { id: string; version: number };
    return {
      name: 'updateMyProfile (bio)',
      field: 'bio',
      run: async (confirmations) => {
        expert = await myProfile();
        const input = { expectedVersion: expert.version, bio: victimText(), confirmations };
        return gql(`mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id bio } }`, { input }, 'member.lv');
      },
      subject: async () => ({ type: 'expert', id: expert.id }),
    };
  })(),
  (() => {
    let target: { id: string; version: number };
    return {
      name: 'updateOrganisation (description)',
      field: 'description',
      run: async (confirmations) => {
        target = await organisation();
        const input = { id: target.id, expectedVersion: target.version, description: victimText(), confirmations };
        return gql(
          `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id description } }`,
          { input },
          'admin',
        );
      },
      subject: async () => ({ type: 'organisation', id: target.id }),
    };
  })(),
  (() => {
    let created: GraphQLResponse<Record<string, { id: string }>>;
    return {
      name: 'inviteMember (message)',
      field: 'message',
      run: async (confirmations) => {
        const input = { email: `invited.${emails++}@example.org`, countryCode: 'LV', organisationId: places.lvOrganisation.id };
        created = await gql(INVITE, { input: { ...input, message: victimText(), confirmations } }, 'coordinator.lv');
        return created;
      },
      subject: async () => ({ type: 'invitation', id: rootOf(created)!.id }),
    };
  })(),
  (() => {
    let created: GraphQLResponse<Record<string, { id: string }>>;
    return {
      name: 'proposeMember (reason)',
      field: 'reason',
      run: async (confirmations) => {
        const input = { email: `proposed.${emails++}@example.org`, countryCode: 'LV', organisationId: places.lvOrganisation.id };
        created = await gql(PROPOSE, { input: { ...input, reason: victimText(), confirmations } }, 'member.pl');
        return created;
      },
      subject: async () => ({ type: 'invitation', id: rootOf(created)!.id }),
    };
  })(),
  (() => {
    let created: GraphQLResponse<Record<string, { id: string }>>;
    return {
      name: 'proposeMember (jobTitle)',
      field: 'jobTitle',
      run: async (confirmations) => {
        const input = { email: `proposed.${emails++}@example.org`, countryCode: 'LV', organisationId: places.lvOrganisation.id };
        const proposed = { ...input, jobTitle: victimText(), reason: 'Works with us on referrals.', confirmations };
        created = await gql(PROPOSE, { input: proposed }, 'member.pl');
        return created;
      },
      subject: async () => ({ type: 'invitation', id: rootOf(created)!.id }),
    };
  })(),
  (() => {
    let id: string;
    return {
      name: 'declineInvitation (reason)',
      field: 'reason',
      run: async (confirmations) => {
        id = (await proposal()).id;
        const input = { id, reason: victimText(), confirmations };
        return gql(
          `mutation ($input: DeclineInvitationInput!) { declineInvitation(input: $input) { id status } }`,
          { input },
          'coordinator.lv',
        );
      },
      subject: async () => ({ type: 'invitation', id }),
    };
  })(),
  (() => {
    let id: string;
    return {
      name: 'createForum (description)',
      field: 'description',
      run: async (confirmations) => {
        id = randomUUID();
        const input = { id, slug: `guarded-${id.slice(0, 8)}`, title: 'Guarded', level: 'REGIONAL', visibility: 'NETWORK' };
        return gql(
          `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`,
          { input: { ...input, description: victimText(), confirmations } },
          'admin',
        );
      },
      subject: async () => ({ type: 'forum', id }),
    };
  })(),
  (() => {
    let id: string;
    return {
      name: 'updateForum (description)',
      field: 'description',
      run: async (confirmations) => {
        const forum = await makeForum(app);
        id = forum.id;
        const input = { id, expectedVersion: 1, description: victimText(), confirmations };
        return gql(`mutation ($input: UpdateForumInput!) { updateForum(input: $input) { id } }`, { input }, 'admin');
      },
      subject: async () => ({ type: 'forum', id }),
    };
  })(),
  (() => {
    let postId: string;
    return {
      name: 'flagPost (reason)',
      field: 'reason',
      run: async (confirmations) => {
        ({ postId } = await post());
        const FLAG = `mutation ($postId: ID!, $reason: String!, $confirmations: [GuardrailConfirmationInput!]) {
          flagPost(postId: $postId, reason: $reason, confirmations: $confirmations) { id } }`;
        return gql(FLAG, { postId, reason: victimText(), confirmations }, 'member.lv');
      },
      subject: async () => ({ type: 'post', id: postId }),
    };
  })(),
  (() => {
    let postId: string;
    return {
      name: 'moderatePost (reason)',
      field: 'reason',
      run: async (confirmations) => {
        ({ postId } = await post());
        const HIDE = `mutation ($postId: ID!, $input: ReasonInput) { moderatePost(postId: $postId, action: HIDE, input: $input) { id hidden } }`;
        return gql(HIDE, { postId, input: { reason: victimText(), confirmations } }, 'moderator');
      },
      subject: async () => ({ type: 'post', id: postId }),
    };
  })(),
  (() => {
    let threadId: string;
    return {
      name: 'moderateThread (reason)',
      field: 'reason',
      run: async (confirmations) => {
        ({ threadId } = await post());
        const LOCK = `mutation ($threadId: ID!, $input: ReasonInput) { moderateThread(threadId: $threadId, action: LOCK, input: $input) { id } }`;
        return gql(LOCK, { threadId, input: { reason: victimText(), confirmations } }, 'moderator');
      },
      subject: async () => ({ type: 'thread', id: threadId }),
    };
  })(),
  (() => {
    let postId: string;
    return {
      name: 'purgePost (reason)',
      field: 'reason',
      run: async (confirmations) => {
        ({ postId } = await post());
        const PURGE = `mutation ($postId: ID!, $input: ReasonInput!) { purgePost(postId: $postId, input: $input) { id } }`;
        return gql(PURGE, { postId, input: { reason: victimText(), confirmations } }, 'moderator');
      },
      subject: async () => ({ type: 'post', id: postId }),
    };
  })(),
];

const confirmationsOf = async ({ type, id }: { type: string; id: string }) =>
  app.orm.em.fork().find(AuditEvent, { action: 'GUARDRAIL_FINDINGS_CONFIRMED', subjectType: type, subjectId: id });

describe.each(cases)('the guardrail on $name', ({ field, run, subject }) => {
  it('refuses an unconfirmed finding with a typed error naming its spans', async () => {
    const result = await run(undefined);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain(`${field} may contain a victim's personal data`);
    expect(error?.extensions?.guardrail).toEqual({
      field,
      findings: [
        { ...FINDINGS[0], start: 11, end: 24, reason: expect.stringContaining('victim') },
        { ...FINDINGS[1], start: 40, end: 55, reason: expect.stringContaining('phone') },
      ],
    });
    expect(result.data ?? null).toBeNull();
  });

  it('refuses the text while one finding is left unconfirmed', async () => {
    const result = await run([FINDINGS[0]!]);
    expect(result.errors?.[0]?.extensions?.guardrail).toMatchObject({ field, findings: [FINDINGS[1]] });
  });

  it('accepts the text once every finding is confirmed, and audits the confirmation by kinds and spans', async () => {
    const result = await run(FINDINGS);
    expect(result.errors).toBeUndefined();
    const [entry, ...more] = await confirmationsOf(await subject());
    expect(more).toHaveLength(0);
    expect(entry!.details).toEqual({
      count: 2,
      kinds: 'NAME_WITH_CASE_WORD,PHONE',
      spans: `${field}:NAME_WITH_CASE_WORD:11-24 ${field}:PHONE:40-55`,
    });
  });
});
