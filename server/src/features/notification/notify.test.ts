import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../core/outbox/run-command.js';
import { outboxMails } from '../mail/outbox.test-support.js';
import { demoEmail } from '../../test/harness.js';
import { notificationChannel } from './notification.live.js';
import { notice, startNotificationApp, type NotificationTestApp } from './notification.test-support.js';
import { forgetNotifications } from './notify.js';

interface StoredRow {
  recipient_id: string;
  kind: string;
  subject_id: string;
  actor_id: string | null;
  emailed: boolean;
}

describe('notify', () => {
  let t: NotificationTestApp;
  beforeAll(async () => {
    t = await startNotificationApp();
  }, 60_000);
  afterAll(() => t?.app.close());

  const stored = (subjectId: string) =>
    t.app.orm.em.fork().execute<StoredRow[]>(
      `select recipient_id, kind, subject_id, actor_id, emailed_at is not null as emailed from notification
          where subject_id = ? order by recipient_id`,
      [subjectId],
    );

  it('inserts one notification per recipient in one statement, never for the actor, and a repeated key once', async () => {
    const [lv, pl, admin] = await Promise.all([t.userId('member.lv'), t.userId('member.pl'), t.userId('admin')]);
    const thing = t.things[0]!;
    const notices = [
      notice(lv, thing, { actorId: admin }),
      notice(pl, thing, { actorId: admin }),
      notice(admin, thing, { actorId: admin }),
    ];
    const statements = await t.app.countStatements(() => t.notify(notices));
    expect(statements.filter((sql) => sql.startsWith('insert into notification'))).toHaveLength(1);

    await t.notify(notices); // a retried job
    const rows = await stored(thing);
    expect(rows.map((row) => row.recipient_id).toSorted()).toEqual([lv, pl].toSorted());
    expect(rows.map((row) => row.actor_id)).toEqual([admin, admin]);
  });

  it('publishes each new notification on its recipient’s channel only, once, with the commit', async () => {
    const [lv, pl] = await Promise.all([t.userId('member.lv'), t.userId('member.pl')]);
    const thing = t.things[1]!;
    await t.notify([notice(lv, thing)]);
    await t.notify([notice(lv, thing), notice(pl, thing, { actorId: pl })]);
    const [row] = await t.app.orm.em.fork().execute<{ id: string }[]>(`select id from notification where subject_id = ?`, [thing]);
    const events = await t.app.orm.em.fork().execute<{ topic: string; payload: unknown }[]>(
      `select payload->>'topic' as topic, payload->'payload' as payload from outbox_effect
          where kind = 'event' and payload->>'topic' like 'notifications:%' and payload->'payload'->>'notificationId' = ?`,
      [row!.id],
    );
    expect(events).toEqual([{ topic: notificationChannel(lv).name, payload: { notificationId: row!.id } }]);
  });

  it('mails a mention at once, naming the subject as the recipient sees it and linking to it, and once on a retry', async () => {
    const pl = await t.userId('member.pl');
    const thing = t.things[2]!;
    const mention = notice(pl, thing, { kind: 'MENTION', key: `mention:${thing}:${pl}` });
    await t.notify([mention]);
    await t.notify([mention]);
    const mails = await outboxMails(t.app, demoEmail('member.pl'));
    const [{ name }] = (await t.app.orm.em.fork().execute<{ name: string }[]>(`select name from organisation where id = ?`, [thing])) as [
      { name: string },
    ];
    expect(mails.map((mail) => mail.subject)).toEqual([`You were mentioned in “${name}”`]);
    expect(mails[0]!.body).toContain(`${t.app.config.publicUrl}/organisations/${thing}`);
    expect((await stored(thing))[0]!.emailed).toBe(true);
  });

  it('does not mail a mention of a subject the recipient cannot see, nor one who turned mention mails off', async () => {
    const [lv, coordinator] = await Promise.all([t.userId('member.lv'), t.userId('coordinator.lv')]);
    const thing = t.things[3]!;
    t.subjects.hide(lv, thing);
    await t.app.orm.em.fork().execute(`insert into notification_preference (user_id, mention_emails) values (?, false)`, [coordinator]);
    await t.notify([notice(lv, thing, { kind: 'MENTION' }), notice(coordinator, thing, { kind: 'MENTION' })]);
    expect(await outboxMails(t.app, demoEmail('member.lv'))).toEqual([]);
    expect(await outboxMails(t.app, demoEmail('coordinator.lv'))).toEqual([]);
    expect((await stored(thing)).map((row) => row.emailed)).toEqual([false, false]);
  });

  it('forgets one recipient’s notifications of one context and nothing else', async () => {
    const [lv, pl] = await Promise.all([t.userId('member.lv'), t.userId('member.pl')]);
    const [a, b] = [t.things[4]!, t.things[5]!];
    await t.notify([
      notice(lv, a, { context: 'forum:closed' }),
      notice(pl, a, { context: 'forum:closed' }),
      notice(lv, b, { context: 'forum:open' }),
    ]);
    await runCommand(t.deps(), (uow) => forgetNotifications(uow, { recipientId: lv, context: 'forum:closed' }));
    expect((await stored(a)).map((row) => row.recipient_id)).toEqual([pl]);
    expect((await stored(b)).map((row) => row.recipient_id)).toEqual([lv]);
  });
});
