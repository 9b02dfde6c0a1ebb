import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe, type Subscription } from '../../test/subscribe.js';
import { notificationChannel } from './notification.live.js';
import { notice, startNotificationApp, type NotificationTestApp } from './notification.test-support.js';

const ADDED = /* GraphQL */ `
  subscription ($after: String) {
    notificationAdded(after: $after) {
      cursor
      node {
        id
        kind
        subject {
          title
          path
        }
      }
    }
  }
`;
type Added = { notificationAdded: { cursor: string; node: { id: string; subject: { path: string } } } };

describe('notificationAdded', () => {
  let t: NotificationTestApp;
  const open: Subscription<Added>[] = [];
  beforeAll(async () => {
    t = await startNotificationApp();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(open.map((feed) => feed.close()));
    await t?.app.close();
  });

  const feedOf = async (name: 'member.pl' | 'member.lv', after?: string) => {
    const feed = await subscribe<Added>(t.app.url, ADDED, { cookie: await t.app.cookieOf(name), variables: { after } });
    open.push(feed);
    return feed;
  };
  const pathOf = (thing: string) => `/organisations/${thing}`;
  const notifyAndDeliver = async (recipientId: string, thing: string) => {
    await t.notify([notice(recipientId, thing)]);
    await t.app.drainEffects();
  };

  it('reaches only the recipient, and skips what they can no longer see', async () => {
    const [pl, lv] = await Promise.all([t.userId('member.pl'), t.userId('member.lv')]);
    const [plFeed, lvFeed] = await Promise.all([feedOf('member.pl'), feedOf('member.lv')]);
    const [a, hidden, b, c] = t.things;
    await notifyAndDeliver(pl, a!);
    t.subjects.hide(pl, hidden!);
    await notifyAndDeliver(pl, hidden!);
    await notifyAndDeliver(pl, b!);
    await notifyAndDeliver(lv, c!);
    expect((await plFeed.next()).notificationAdded.node.subject.path).toBe(pathOf(a!));
    expect((await plFeed.next()).notificationAdded.node.subject.path).toBe(pathOf(b!));
    // member.lv's first event is their own: nothing of member.pl's came before it.
    expect((await lvFeed.next()).notificationAdded.node.subject.path).toBe(pathOf(c!));
  });

  it('resumes after a cursor with what was missed, oldest first, then live, each once', async () => {
    const pl = await t.userId('member.pl');
    const first = await feedOf('member.pl');
    await notifyAndDeliver(pl, t.things[10]!);
    const { cursor } = (await first.next()).notificationAdded;
    await first.close();
    for (const thing of t.things.slice(11, 14)) await t.notify([notice(pl, thing)], new Date());
    await t.app.drainEffects();

    const resumed = await feedOf('member.pl', cursor);
    const missed = [await resumed.next(), await resumed.next(), await resumed.next()];
    expect(missed.map((event) => event.notificationAdded.node.subject.path)).toEqual(t.things.slice(11, 14).map(pathOf));
    await notifyAndDeliver(pl, t.things[14]!);
    expect((await resumed.next()).notificationAdded.node.subject.path).toBe(pathOf(t.things[14]!));
  });

  it('sends a notification once when its event is published twice (the sweep after a crash before the mark)', async () => {
    const pl = await t.userId('member.pl');
    const feed = await feedOf('member.pl');
    const [twice, next] = [t.things[15]!, t.things[16]!];
    await notifyAndDeliver(pl, twice);
    const [row] = await t.app.orm.em
      .fork()
      .execute<{ id: string }[]>(`select id from notification where recipient_id = ? and subject_id = ?`, [pl, twice]);
    // The committing process published it and died before marking it delivered; the sweep publishes it again.
    t.app.services.events.publish(notificationChannel(pl), { notificationId: row!.id });
    await notifyAndDeliver(pl, next);
    expect((await feed.next()).notificationAdded.node.id).toBe(row!.id);
    expect((await feed.next()).notificationAdded.node.subject.path).toBe(pathOf(next));
    await expect(feed.next(500)).rejects.toThrow('no event within 500 ms');
  });

  it('is refused to anonymous viewers, and a forged cursor is a typed error', async () => {
    const anonymous = await subscribe<Added>(t.app.url, ADDED);
    open.push(anonymous);
    expect((await anonymous.result()).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const forged = await feedOf('member.pl', 'not-a-cursor');
    expect((await forged.result()).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
