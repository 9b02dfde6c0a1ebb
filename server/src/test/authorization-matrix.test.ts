import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../features/user/user.entity.js';
import { Expert } from '../features/expert/expert.entity.js';
import { Organisation } from '../features/organisation/organisation.entity.js';
import { addWithoutTwoFactor } from '../features/member/member.test-support.js';
import { buildSchema } from '../app/schema.js';
import { type DemoAccountName, startTestApp, type TestApp } from './harness.js';
import { subscribe } from './subscribe.js';
import { MATRIX, type MatrixTargets, type Role } from './authorization-matrix.cases.js';
import { EVERYONE, MEMBERS } from './matrix-roles.js';
import { GROUP_READERS } from './forum-matrix.cases.js';
import { makeMeeting } from '../features/meeting/meeting.test-support.js';
import { resourceInput } from '../features/resource/resource.test-support.js';
import { COST_POWERS } from './cost-matrix.cases.js';
import { COUNTERPART_REQUEST_POWERS } from './counterpart-request-matrix.cases.js';
import { DIRECTORY_UPKEEP_POWERS } from './directory-upkeep-matrix.cases.js';
import { INVITED_MEETING_READERS } from './meeting-matrix.cases.js';
import { PATHWAY_POWERS } from './pathway-matrix.cases.js';
import { GUIDELINE_POWERS } from './guideline-matrix.cases.js';
import { BASELINE_POWERS } from './baseline-matrix.cases.js';

/**
 * Every root field × every kind of viewer. Refused calls must be refused with the right code and change
 * nothing; allowed calls are probed with inputs that pass authorization but fail later (NOT_FOUND,
 * CONFLICT, BAD_USER_INPUT), so the matrix itself changes nothing either.
 */
const ACCOUNT: Record<Exclude<Role, 'anonymous' | 'suspended' | `${string}WithoutTwoFactor`>, DemoAccountName> = {
  memberA: 'member.lv',
  memberB: 'member.pl',
  moderator: 'moderator',
  coordinatorA: 'coordinator.lv',
  coordinatorB: 'coordinator.lt',
  admin: 'admin',
};
// The tables a mutation could change.
const WATCHED_TABLES = [
  'organisation',
  'organisation_service',
  'expert',
  'role_assignment',
  'app_user',
  'invitation',
  'organisation_editor',
  'network_activity',
  'forum',
  'forum_moderator',
  'forum_member',
  'thread',
  'post',
  'post_reaction',
  'draft',
  'watch',
  'post_flag',
  'meeting',
  'meeting_host',
  'meeting_participant',
  'meeting_slot',
  'meeting_slot_answer',
  'cost_scenario',
  'cost_line',
  'cost_exchange_rate',
  'cost_price_index',
  'meeting_agenda_item',
  'meeting_speaker_request',
  'meeting_attendance',
  'referral_pathway',
  'pathway_version',
  'meeting_poll',
  'meeting_poll_vote',
  'meeting_question',
  'meeting_question_upvote',
  'meeting_note',
  'meeting_action_item',
  'meeting_minutes',
  'counterpart_request',
  'counterpart_request_recipient',
  'counterpart_request_message',
  'guideline_action_point',
  'guideline_status',
  'guideline_status_change',
  'resource',
  'resource_recommendation',
  'resource_upload',
  'resource_blob',
  'prevention_activity',
  'prevention_partner',
  'baseline_assessment',
  'baseline_event',
];

/**
 * Counts every row written to the watched tables, in the writing transaction: a refused call that wrote and rolled
 * back counts for nothing, one that left any row inserted, updated or deleted moves the count. (Hashing every row
 * of every watched table before and after each refused call did the same and was most of the server suite's time.)
 */
async function watchWrites(): Promise<void> {
  const connection = app.orm.em.fork().getConnection();
  await connection.execute(`create table matrix_write_count (n bigint not null)`);
  await connection.execute(`insert into matrix_write_count values (0)`);
  await connection.execute(`create function matrix_count_write() returns trigger language plpgsql as $$
    begin update matrix_write_count set n = n + 1; return null; end $$`);
  for (const table of WATCHED_TABLES) {
    await connection.execute(
      `create trigger matrix_count_write after insert or update or delete on ${table} for each row execute function matrix_count_write()`,
    );
  }
}

let app: TestApp;
const cookies = new Map<Role, string | null>();
let targets: MatrixTargets;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  await watchWrites();
  cookies.set('anonymous', null);
  for (const [role, account] of Object.entries(ACCOUNT)) cookies.set(role as Role, await app.cookieOf(account));
  cookies.set('suspended', await suspendedMembersOldSession());
  // Plain members until they turn two-factor authentication on (the demo's coordinators and admin have it).
  cookies.set('coordinatorWithoutTwoFactor', (await addWithoutTwoFactor(app, 'COORDINATOR', 'LV')).cookie);
  cookies.set('adminWithoutTwoFactor', (await addWithoutTwoFactor(app, 'ADMIN')).cookie);
  targets = await findTargets();
});
afterAll(() => app?.close());

/** A session that existed before its member was suspended: it must now count for nothing. */
async function suspendedMembersOldSession(): Promise<string> {
  const connection = app.orm.em.fork().getConnection();
  await connection.execute(`update app_user set status = 'ACTIVE' where email = 'suspended@demo.strom.invalid'`);
  const cookie = await app.cookieOf('suspended');
  await connection.execute(`update app_user set status = 'SUSPENDED' where email = 'suspended@demo.strom.invalid'`);
  return cookie;
}

async function findTargets(): Promise<MatrixTargets> {
  const em = app.orm.em.fork();
  const memberA = await em.findOneOrFail(User, { email: 'member.lv@demo.strom.invalid' }, { populate: ['editorOf'] });
  const lvOrganisation = await em.findOneOrFail(Organisation, {
    country: 'LV',
    level: 'NATIONAL',
    id: { $nin: memberA.editorOf.getIdentifiers<string>() },
  });
  const hiddenOrganisation = await em.findOneOrFail(Organisation, { publiclyListed: false, status: 'ACTIVE' });
  const lvExpert = await em.findOneOrFail(Expert, { country: 'LV' });
  const memberB = await em.findOneOrFail(User, { email: 'member.pl@demo.strom.invalid' });
  const proposal = await app.gql<{ proposeMember: { id: string } }>(
    `mutation ($input: ProposeMemberInput!) { proposeMember(input: $input) { id } }`,
    {
      input: {
        email: 'matrix.candidate@demo.strom.invalid',
        countryCode: 'LV',
        organisationId: lvOrganisation.id,
        reason: 'Vouched for in the matrix test',
      },
    },
    { as: cookies.get('memberB')! },
  );
  expect(proposal.errors).toBeUndefined();
  return {
    lvOrganisation: { id: lvOrganisation.id, version: lvOrganisation.version },
    hiddenOrganisationId: hiddenOrganisation.id,
    lvExpertId: lvExpert.id,
    memberBUserId: memberB.id,
    pendingInvitationId: proposal.data!.proposeMember.id,
    pendingEmail: 'matrix.candidate@demo.strom.invalid',
    unknownId: randomUUID(),
    forum: await forumTargets(),
    meeting: { invitedId: await invitedMeeting() },
    // After forumTargets, which adds a public resource: the matrix writes no resource after this.
    library: await libraryCounts(),
  };
}

/** How many resources anyone may read and how many only members may: what a visitor's facets must count. */
async function libraryCounts(): Promise<MatrixTargets['library']> {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ public: string; hidden: string }[]>(
      `select count(*) filter (where visibility = 'PUBLIC') as public, count(*) filter (where visibility <> 'PUBLIC') as hidden from resource`,
    );
  return { publicResources: Number(row!.public), hiddenResources: Number(row!.hidden) };
}

/** A scheduled INVITED meeting the moderator hosts, nobody invited (see features/meeting for the rest). */
async function invitedMeeting(): Promise<string> {
  const { id } = await makeMeeting(app, { visibility: 'INVITED' });
  return id;
}

/** A national NETWORK forum of Latvia and a closed group (only its creator, the admin, in it) with one thread. */
async function forumTargets(): Promise<MatrixTargets['forum']> {
  const as = cookies.get('admin')!;
  const create = async (slug: string, visibility: string) => {
    const result = await app.gql<{ createForum: { id: string } }>(
      `mutation ($input: CreateForumInput!) { createForum(input: $input) { id } }`,
      { input: { id: randomUUID(), slug, title: `Matrix ${visibility}`, level: 'NATIONAL', countryCode: 'LV', visibility } },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createForum.id;
  };
  const lvForumId = await create('matrix-lv-network', 'NETWORK');
  const groupForumId = await create('matrix-closed-group', 'GROUP');
  // Each thread's one word is in its title and its first post, and in nothing else: the search rows count them.
  const thread = async (forumId: string, title: string, source: string) => {
    const result = await app.gql<{ createThread: { id: string } }>(
      `mutation ($input: CreateThreadInput!) { createThread(input: $input) { id } }`,
      { input: { clientId: randomUUID(), forumId, title, source } },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createThread.id;
  };
  const groupThreadId = await thread(groupForumId, 'Closed working group: Quillwort', 'Internal notes on Quillwort');
  const networkThreadId = await thread(lvForumId, 'Network thread: Bellflower', 'Notes on Bellflower for members');
  const groupLinkedResourceId = await resourceLinkedFrom(groupThreadId);
  return {
    lvForumId,
    lvSlug: 'matrix-lv-network',
    groupForumId,
    groupSlug: 'matrix-closed-group',
    groupThreadId,
    networkThreadId,
    groupLinkedResourceId,
  };
}

/** A PUBLIC resource the admin links from a reply in `threadId`: who may list that reply is the thread's rule. */
async function resourceLinkedFrom(threadId: string): Promise<string> {
  const as = cookies.get('admin')!;
  const input = resourceInput({ title: 'Matrix linked resource', visibility: 'PUBLIC' });
  const created = await app.gql(`mutation ($input: CreateResourceInput!) { createResource(input: $input) { id } }`, { input }, { as });
  expect(created.errors).toBeUndefined();
  const source = `See [it](resource:${input.id})`;
  const replied = await app.gql(
    `mutation ($input: AddPostInput!) { addPost(input: $input) { id } }`,
    {
      input: { clientId: randomUUID(), threadId, source },
    },
    { as },
  );
  expect(replied.errors).toBeUndefined();
  return input.id;
}

/** How many rows have been written to the watched tables so far. */
async function fingerprint(): Promise<string> {
  const [row] = await app.orm.em.fork().getConnection().execute<{ n: string }[]>(`select n::text from matrix_write_count`);
  return row!.n;
}

describe('authorization matrix', () => {
  it('covers every root field of the schema', async () => {
    const schema = await buildSchema();
    const fields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type!.name}.${name}`),
    );
    expect([...new Set(MATRIX.map((c) => c.field))].sort()).toEqual(fields.sort());
  });

  it('refuses every coordinator and admin power to coordinators and admins without two-factor authentication', () => {
    const refused = (role: Role) =>
      MATRIX.filter((c) => !c.allowed.includes(role))
        .map((c) => c.field)
        .sort();
    const powers = [
      'Query.invitations',
      'Query.coverage',
      'Query.members',
      'Query.auditEvents',
      'Mutation.updateOrganisation',
      'Mutation.inviteMember',
      'Mutation.approveInvitation',
      'Mutation.revokeInvitation',
      'Mutation.suspendMember',
      'Mutation.reactivateMember',
      'Mutation.resetTwoFactor',
      'Mutation.createForum',
      'Mutation.updateForum',
      'Mutation.setForumModerators',
      'Query.pendingApprovalCount',
      'Mutation.declineInvitation',
      'Mutation.resendInvitation',
      'Mutation.changeMemberRole',
      'Mutation.createMeeting',
      ...DIRECTORY_UPKEEP_POWERS,
      ...PATHWAY_POWERS,
      ...BASELINE_POWERS,
      ...COST_POWERS,
      ...COUNTERPART_REQUEST_POWERS,
      ...GUIDELINE_POWERS,
    ].sort();
    // The rows below then prove each refusal (FORBIDDEN, nothing changed) against the server.
    expect(refused('coordinatorWithoutTwoFactor')).toEqual(powers);
    expect(refused('adminWithoutTwoFactor')).toEqual(powers);
    expect(refused('memberA')).toEqual(powers);
  });

  // Before the rows: the last of them signs everyone out.
  const streamReaders = [
    ...(['postAdded', 'threadChanged', 'threadActivity'] as const).map((field) => ({
      entry: MATRIX.find((c) => c.field === `Subscription.${field}`)!,
      readers: GROUP_READERS,
    })),
    { entry: MATRIX.find((c) => c.field === 'Subscription.meetingEvent' && c.name)!, readers: INVITED_MEETING_READERS },
    { entry: MATRIX.find((c) => c.field === 'Subscription.pathwayChanged')!, readers: MEMBERS },
  ];
  for (const { entry, readers } of streamReaders) {
    it(`${entry.field}: ${entry.name ?? 'its stream'} is NOT_FOUND at subscribe time to every viewer who may not read it`, async () => {
      const feeds = await Promise.all(
        EVERYONE.map((role) =>
          subscribe(app.url, entry.document, { variables: entry.variables(targets, role), cookie: cookies.get(role) ?? undefined }),
        ),
      );
      try {
        // Side by side: a reader's check is 300 ms of silence, and one after the other they added up to seconds.
        await Promise.all(
          EVERYONE.map(async (role, i) => {
            if (readers.includes(role)) await expect(feeds[i]!.result(300), role).rejects.toThrow('no event within 300 ms');
            else expect((await feeds[i]!.result()).errors?.[0]?.extensions?.code, role).toBe('NOT_FOUND');
          }),
        );
      } finally {
        await Promise.all(feeds.map((feed) => feed.close()));
      }
    });
  }
  it('the write count, which the refused rows compare, moves with a row written and not with one rolled back', async () => {
    const connection = app.orm.em.fork().getConnection();
    const before = Number(await fingerprint());
    await connection.execute(`update organisation set name = name where id = ?`, [targets.hiddenOrganisationId]);
    expect(Number(await fingerprint())).toBe(before + 1);
    const rolledBack = app.orm.em.fork().transactional(async (em) => {
      await em.execute(`update organisation set name = name where id = ?`, [targets.hiddenOrganisationId]);
      throw new Error('rolled back');
    });
    await expect(rolledBack).rejects.toThrow('rolled back');
    expect(Number(await fingerprint())).toBe(before + 1);
  });
  for (const entry of MATRIX.filter((c) => !c.field.startsWith('Subscription.'))) {
    for (const role of EVERYONE) {
      const allowed = entry.allowed.includes(role);
      it(`${entry.name ?? entry.field} as ${role}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const before = allowed ? null : await fingerprint();
        const variables = allowed ? (entry.probe?.(targets, role) ?? entry.variables(targets, role)) : entry.variables(targets, role);
        const result = await app.gql(entry.document, variables, { as: cookies.get(role) ?? null });
        const code = result.errors?.[0]?.extensions?.code as string | undefined;
        if (allowed) {
          if (entry.expectAllowed) expect(code ?? 'OK', JSON.stringify(result.errors)).toBe(entry.expectAllowed);
          else expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR'], JSON.stringify(result.errors)).not.toContain(code ?? 'OK');
          entry.check?.(result.data, role, targets);
        } else {
          expect(code, JSON.stringify(result)).toBe(role === 'anonymous' || role === 'suspended' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(await fingerprint()).toBe(before);
        }
      });
    }
  }

  it('Subscription.networkActivity: every viewer may subscribe and gets public entries (what else they get is filtered)', async () => {
    const feeds = await Promise.all(
      EVERYONE.map((role) =>
        subscribe<{ networkActivity: { node: { id: string } } }>(app.url, `subscription { networkActivity { node { id } } }`, {
          cookie: cookies.get(role) ?? undefined,
        }),
      ),
    );
    try {
      const [entry] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ id: string }[]>(
          `select a.id from network_activity a join organisation o on o.id = a.organisation_id where o.publicly_listed limit 1`,
        );
      app.services.events.publish('NETWORK_ACTIVITY', { activityId: entry!.id });
      for (const feed of feeds) expect((await feed.next()).networkActivity.node.id).toBe(entry!.id);
    } finally {
      await Promise.all(feeds.map((feed) => feed.close()));
    }
  });
});
