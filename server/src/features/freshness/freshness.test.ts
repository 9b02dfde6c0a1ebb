import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail, startTestApp, type TestApp } from '../../test/harness.js';
import { Expert } from '../expert/expert.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { User } from '../user/user.entity.js';
import { sendFreshnessReminders } from './freshness-reminders.jobs.js';

let app: TestApp;
let organisationId: string;
let expertId: string;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
  const em = app.orm.em.fork();
  const user = await em.findOneOrFail(User, { email: demoEmail('member.lv') }, { populate: ['editorOf'] });
  organisationId = user.editorOf.getIdentifiers<string>()[0]!;
  expertId = user.expert!.id;
  // Everything else confirmed just now; the member's organisation and profile two years ago.
  await em.nativeUpdate(Organisation, {}, { lastConfirmedAt: new Date() });
  await em.nativeUpdate(Expert, {}, { lastConfirmedAt: new Date() });
  const twoYearsAgo = new Date(Date.now() - 2 * 365 * 86_400_000);
  await em.nativeUpdate(Organisation, organisationId, { lastConfirmedAt: twoYearsAgo });
  await em.nativeUpdate(Expert, expertId, { lastConfirmedAt: twoYearsAgo });
});
afterAll(() => app?.close());

const reminders = async () => {
  const rows = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ subject_type: string; subject_id: string }[]>(
      `select subject_type, subject_id from notification where kind = 'CONFIRM_RECORD'`,
    );
  return rows.map((r) => `${r.subject_type}:${r.subject_id}`).toSorted();
};

describe('freshness', () => {
  it('reminds the editors of a record not confirmed for a year, once per confirmation', async () => {
    expect(await sendFreshnessReminders(app.commandDeps())).toBe(2);
    expect(await reminders()).toEqual([`organisation:${organisationId}`, `profile:${expertId}`].toSorted());
    // A second run, here or in another process, finds nothing due.
    expect(await sendFreshnessReminders(app.commandDeps())).toBe(0);
    const notices = await app.gql(
      `{ notifications(first: 5) { edges { node { kind subject { path } } } } }`,
      {},
      {
        as: await app.cookieOf('member.lv'),
      },
    );
    const paths = notices
      .data!.notifications.edges.filter((e: any) => e.node.kind === 'CONFIRM_RECORD')
      .map((e: any) => e.node.subject.path);
    expect(paths.toSorted()).toEqual(['/account', `/organisations/${organisationId}`]);
  });

  it('confirming moves "last confirmed" to now, for the editor and the profile owner only', async () => {
    const as = await app.cookieOf('member.lv');
    const stranger = await app.gql(
      `mutation ($id: ID!) { confirmOrganisation(id: $id) { id } }`,
      { id: organisationId },
      {
        as: await app.cookieOf('member.pl'),
      },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const before = Date.now() - 1000;
    const organisation = await app.gql(
      `mutation ($id: ID!) { confirmOrganisation(id: $id) { lastConfirmedAt viewerCan { confirm } } }`,
      { id: organisationId },
      { as },
    );
    expect(Date.parse(organisation.data!.confirmOrganisation.lastConfirmedAt)).toBeGreaterThan(before);
    const profile = await app.gql(`mutation { confirmMyProfile { id lastConfirmedAt } }`, {}, { as });
    expect(profile.data!.confirmMyProfile.id).toBe(expertId);
    expect(Date.parse(profile.data!.confirmMyProfile.lastConfirmedAt)).toBeGreaterThan(before);
    expect(await sendFreshnessReminders(app.commandDeps())).toBe(0);
  });
});
