import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEmail } from '../../test/harness.js';
import { startSmtpListener, type SmtpListener } from '../mail/smtp-listener.test-support.js';
import { sendDigests } from './notification-digest.jobs.js';
import { notice, startNotificationApp, type NotificationTestApp } from './notification.test-support.js';

// 7 December 2026 is a Monday; digests go out from 06:00 UTC.
const MONDAY_MORNING = new Date('2026-12-07T07:07:00Z');
const MONDAY_NIGHT = new Date('2026-12-07T03:07:00Z');
const TUESDAY_MORNING = new Date('2026-12-08T07:07:00Z');
const WEDNESDAY_MORNING = new Date('2026-12-09T07:07:00Z');

describe('notification digests', () => {
  let smtp: SmtpListener;
  let t: NotificationTestApp;
  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await startNotificationApp({ env: { SMTP_URL: smtp.url } });
  }, 60_000);
  afterAll(async () => {
    await t?.app.close();
    await smtp?.close();
  });

  const mailsTo = async (name: 'member.pl' | 'member.lv' | 'moderator') => {
    await t.app.drainEffects();
    return smtp.received.filter((mail) => mail.to.includes(demoEmail(name)));
  };
  const run = (at: Date) => sendDigests(t.deps(at));
  const nameOf = async (thing: string) =>
    (await t.app.orm.em.fork().execute<{ name: string }[]>(`select name from organisation where id = ?`, [thing]))[0]!.name;

  it('sends a daily digest once a day however often it runs, of what the member may see, and marks it digested', async () => {
    const pl = await t.userId('member.pl');
    const [a, b, hidden] = t.things;
    await t.notify([notice(pl, a!), notice(pl, b!), notice(pl, a!, { key: 'second-on-a' }), notice(pl, hidden!)]);
    t.subjects.hide(pl, hidden!);

    expect(await run(MONDAY_NIGHT)).toBe(0);
    const sent = await Promise.all([run(MONDAY_MORNING), run(MONDAY_MORNING)]);
    await run(MONDAY_MORNING);
    expect(sent.toSorted((a, b) => a - b)).toEqual([0, 1]);
    const mails = await mailsTo('member.pl');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('You have 3 unread notifications');
    expect(mails[0]!.text).toContain(`${await nameOf(a!)} (2)`);
    expect(mails[0]!.text).toContain(`${t.app.config.publicUrl}/organisations/${b}`);
    expect(mails[0]!.text).not.toContain(await nameOf(hidden!));
    const rows = await t.app.orm.em
      .fork()
      .execute<{ subject_id: string; digested: boolean }[]>(
        `select subject_id, digested_at is not null as digested from notification where recipient_id = ? order by subject_id`,
        [pl],
      );
    expect(
      rows
        .filter((row) => row.digested)
        .map((row) => row.subject_id)
        .toSorted(),
    ).toEqual([a!, a!, b!].toSorted());

    // The next day: nothing new, nothing sent; something new, one more digest of only that.
    expect(await run(TUESDAY_MORNING)).toBe(0);
    await t.notify([notice(pl, t.things[3]!)]);
    expect(await run(TUESDAY_MORNING)).toBe(1);
    const next = await mailsTo('member.pl');
    expect(next).toHaveLength(2);
    expect(next[1]!.text).toContain('You have 1 unread notification on Strom');
  });

  it('sends a weekly digest on the member’s weekday only, and none when turned off', async () => {
    const [lv, moderator] = await Promise.all([t.userId('member.lv'), t.userId('moderator')]);
    const em = t.app.orm.em.fork();
    await em.execute(`insert into notification_preference (user_id, digest, digest_weekday) values (?, 'WEEKLY', 3)`, [lv]);
    await em.execute(`insert into notification_preference (user_id, digest) values (?, 'OFF')`, [moderator]);
    await t.notify([notice(lv, t.things[4]!), notice(moderator, t.things[4]!)]);
    await run(TUESDAY_MORNING);
    expect(await mailsTo('member.lv')).toHaveLength(0);
    await run(WEDNESDAY_MORNING);
    expect(await mailsTo('member.lv')).toHaveLength(1);
    expect(await mailsTo('moderator')).toHaveLength(0);
  });
});
