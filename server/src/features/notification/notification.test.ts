import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccountName } from '../../test/harness.js';
import { notice, startNotificationApp, type NotificationTestApp } from './notification.test-support.js';

const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind readAt actor { displayName expertId } subject { type title path } } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;

interface Listed {
  notifications: {
    edges: {
      cursor: string;
      node: {
        id: string;
        kind: string;
        readAt: string | null;
        actor: { displayName: string; expertId: string | null } | null;
        subject: { path: string };
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  unreadNotificationCount: number;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe('notifications of a member', () => {
  let t: NotificationTestApp;
  let as: string;
  beforeAll(async () => {
    t = await startNotificationApp();
    as = await t.app.cookieOf('member.pl');
  }, 60_000);
  afterAll(() => t?.app.close());

  /** Things offset…offset+count-1 notified to a member (member.pl), a minute apart, by the admin; returned newest first. */
  async function notifyPl(count: number, offset = 0, name: DemoAccountName = 'member.pl'): Promise<string[]> {
    const [pl, admin] = await Promise.all([t.userId(name), t.userId('admin')]);
    const things = t.things.slice(offset, offset + count);
    for (const [index, thing] of things.entries()) await t.notify([notice(pl, thing, { actorId: admin })], minutesAgo(30 + offset + index));
    return things;
  }

  const list = (variables: Record<string, unknown>) => t.app.gql<Listed>(LIST, variables, { as });
  const paths = (result: Awaited<ReturnType<typeof list>>) => result.data!.notifications.edges.map((edge) => edge.node.subject.path);
  const pathOf = (thing: string) => `/organisations/${thing}`;

  it('lists only the recipient’s own, newest first, page after page, and leaves out what the reader cannot see, in the count too', async () => {
    const pl = await t.userId('member.pl');
    const newestFirst = await notifyPl(5);
    // Another member's notification never shows.
    await t.notify([notice(await t.userId('member.lv'), newestFirst[0]!)]);
    t.subjects.hide(pl, newestFirst[1]!);
    t.subjects.hide(pl, newestFirst[2]!);

    const first = await list({ first: 2 });
    expect(first.errors).toBeUndefined();
    expect(paths(first)).toEqual([pathOf(newestFirst[0]!), pathOf(newestFirst[3]!)]);
    expect(first.data!.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.data!.notifications.pageInfo.endCursor });
    expect(paths(second)).toEqual([pathOf(newestFirst[4]!)]);
    expect(second.data!.notifications.pageInfo.hasNextPage).toBe(false);
    expect(first.data!.unreadNotificationCount).toBe(3);
    const [edge] = first.data!.notifications.edges;
    expect(edge!.node.actor).toEqual({ displayName: expect.any(String), expertId: expect.any(String) });
    expect(edge!.node.kind).toBe('REPLY');
  });

  it('pages on correctly past a long run of things the reader cannot see: a short page, then the rest, each once', async () => {
    const lt = await t.userId('coordinator.lt');
    const newestFirst = await notifyPl(14, 0, 'coordinator.lt');
    for (const thing of newestFirst.slice(0, 11)) t.subjects.hide(lt, thing);
    const as = await t.app.cookieOf('coordinator.lt');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: Awaited<ReturnType<typeof list>> = await t.app.gql<Listed>(LIST, { first: 2, after }, { as });
      seen.push(...paths(result));
      if (!result.data!.notifications.pageInfo.hasNextPage) break;
      after = result.data!.notifications.pageInfo.endCursor;
    }
    expect(seen).toEqual(newestFirst.slice(11).map(pathOf));
  });

  it('reads a page in the same number of statements at 2 and 8 notifications a page', async () => {
    await notifyPl(10, 10, 'moderator');
    const moderator = await t.app.cookieOf('moderator');
    const two = await t.app.countStatements(() => t.app.gql(LIST, { first: 2 }, { as: moderator }));
    const eight = await t.app.countStatements(() => t.app.gql(LIST, { first: 8 }, { as: moderator }));
    expect(eight.length).toBe(two.length);
    // The session, then per field: the page's rows and their one subject type; the count and its subject type.
    expect(eight.filter((sql) => /\bfrom (notification|organisation)\b/.test(sql))).toHaveLength(4);
  });

  it('marks one read, then all up to the newest shown, leaving a later one unread', async () => {
    const before = await list({ first: 1, unreadOnly: true });
    const newest = before.data!.notifications.edges[0]!;
    const marked = await t.app.gql(`mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: newest.node.id }, { as });
    expect(marked.data!.markNotificationRead.readAt).toEqual(expect.any(String));
    const unread = (await list({ first: 1 })).data!.unreadNotificationCount;
    expect(unread).toBe(before.data!.unreadNotificationCount - 1);

    const shown = (await list({ first: 1, unreadOnly: true })).data!.notifications.edges[0]!;
    const pl = await t.userId('member.pl');
    await t.notify([notice(pl, t.things[25]!)]); // arrives after the page was shown
    const all = await t.app.gql(`mutation ($upTo: String) { markAllNotificationsRead(upTo: $upTo) }`, { upTo: shown.cursor }, { as });
    expect(all.data!.markAllNotificationsRead).toBe(1);
    const after = await list({ first: 5, unreadOnly: true });
    expect(paths(after)).toEqual([pathOf(t.things[25]!)]);
    expect(after.data!.unreadNotificationCount).toBe(1);
  });

  it('does not let a member mark another’s notification read, nor take a forged cursor', async () => {
    await t.notify([notice(await t.userId('member.lv'), t.things[26]!)]);
    const lvAs = await t.app.cookieOf('member.lv');
    const theirs = await t.app.gql<Listed>(LIST, { first: 1 }, { as: lvAs });
    const id = theirs.data!.notifications.edges[0]!.node.id;
    const attempt = await t.app.gql(`mutation ($id: ID!) { markNotificationRead(id: $id) { id } }`, { id }, { as });
    expect(attempt.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forged = await list({ first: 1, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const upTo = await t.app.gql(`mutation { markAllNotificationsRead(upTo: "not-a-cursor") }`, {}, { as });
    expect(upTo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps e-mail preferences, defaults first, and refuses a weekday that does not exist', async () => {
    const read = () => t.app.gql(`{ notificationPreferences { mentionEmails digest digestWeekday } }`, {}, { as });
    expect((await read()).data!.notificationPreferences).toEqual({ mentionEmails: true, digest: 'DAILY', digestWeekday: 1 });
    const update = (input: Record<string, unknown>) =>
      t.app.gql(
        `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { digest } }`,
        { input },
        { as },
      );
    const bad = await update({ mentionEmails: false, digest: 'WEEKLY', digestWeekday: 8 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await read()).data!.notificationPreferences.digest).toBe('DAILY');
    await update({ mentionEmails: false, digest: 'WEEKLY', digestWeekday: 5 });
    expect((await read()).data!.notificationPreferences).toEqual({ mentionEmails: false, digest: 'WEEKLY', digestWeekday: 5 });
  });
});
