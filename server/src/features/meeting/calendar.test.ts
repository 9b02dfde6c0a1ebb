import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { invite, makeMeeting, RSVP, UPDATE_MEETING } from './meeting.test-support.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ data: 'demo' });
});
afterAll(() => app?.close());

const LINK = 'https://meet.example.org/strom-regional';

async function download(path: string, cookie?: string) {
  const response = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** An iCalendar file's lines, unfolded (RFC 5545 folds long lines with CRLF and a space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const valueOf = (ics: string, name: string) =>
  lines(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);

describe('a meeting’s calendar file', () => {
  it('is RFC 5545 with its time zone and organiser; updates and the cancellation keep the UID and raise SEQUENCE', async () => {
    const meeting = await makeMeeting(app);
    const mod = await app.cookieOf('moderator');
    const path = `/calendar/meeting/${meeting.id}.ics`;
    const first = await download(path, mod);
    expect(first.status).toBe(200);
    expect(first.type).toContain('text/calendar');
    expect(lines(first.text)).toEqual(expect.arrayContaining(['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'TZID:Europe/Riga', 'BEGIN:VEVENT']));
    expect(lines(first.text).some((line) => line.startsWith('DTSTART;TZID=Europe/Riga:'))).toBe(true);
    expect(lines(first.text).some((line) => line.startsWith('ORGANIZER;CN='))).toBe(true);
    expect(valueOf(first.text, 'UID')).toBe(`meeting-${meeting.id}@strom`);
    expect(valueOf(first.text, 'SEQUENCE')).toBe('1');
    await app.gql(UPDATE_MEETING, { input: { id: meeting.id, expectedVersion: meeting.version, venue: 'Rīga Castle' } }, { as: mod });
    const updated = await download(path, mod);
    expect(valueOf(updated.text, 'UID')).toBe(`meeting-${meeting.id}@strom`);
    expect(valueOf(updated.text, 'SEQUENCE')).toBe('2');
    await app.gql(
      `mutation ($input: CancelMeetingInput!) { cancelMeeting(input: $input) { id } }`,
      {
        input: { id: meeting.id, reason: 'Postponed to spring' },
      },
      { as: mod },
    );
    const cancelled = await download(path, mod);
    expect(valueOf(cancelled.text, 'STATUS')).toBe('CANCELLED');
    expect(valueOf(cancelled.text, 'SEQUENCE')).toBe('3');
  });

  it('carries the online link for hosts and accepted participants only, and is not found for anyone who may not see it', async () => {
    const meeting = await makeMeeting(app);
    await invite(app, meeting.id, ['member.lv']);
    const path = `/calendar/meeting/${meeting.id}.ics`;
    expect((await download(path, await app.cookieOf('moderator'))).text).toContain(LINK);
    const invited = await download(path, await app.cookieOf('member.lv'));
    expect(invited.status).toBe(200);
    expect(invited.text).not.toContain(LINK);
    await app.gql(RSVP, { input: { meetingId: meeting.id, answer: 'YES' } }, { as: await app.cookieOf('member.lv') });
    expect((await download(path, await app.cookieOf('member.lv'))).text).toContain(LINK);
    expect((await download(path, await app.cookieOf('member.pl'))).status).toBe(404);
    expect((await download(path)).status).toBe(404);
  });
});

describe('the private calendar feed', () => {
  const CREATE = `mutation { createCalendarFeed { url createdAt } }`;
  const feedPathOf = (url: string) => new URL(url).pathname;

  it('lists the member’s meetings without the link of one they have not accepted, and stops when revoked', async () => {
    const accepted = await makeMeeting(app, { title: 'Accepted meeting' });
    const pending = await makeMeeting(app, { title: 'Pending meeting', onlineLink: 'https://meet.example.org/pending' });
    const other = await makeMeeting(app, { title: 'Someone else’s meeting' });
    await invite(app, accepted.id, ['member.pl']);
    await invite(app, pending.id, ['member.pl']);
    const as = await app.cookieOf('member.pl');
    await app.gql(RSVP, { input: { meetingId: accepted.id, answer: 'YES' } }, { as });
    const created = await app.gql(CREATE, {}, { as });
    const path = feedPathOf(created.data!.createCalendarFeed.url);
    const feed = await download(path);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(`meeting-${accepted.id}@strom`);
    expect(feed.text).toContain(`meeting-${pending.id}@strom`);
    expect(feed.text).not.toContain(`meeting-${other.id}@strom`);
    expect(feed.text).toContain(LINK);
    expect(feed.text).not.toContain('https://meet.example.org/pending');
    const renewed = await app.gql(CREATE, {}, { as });
    expect((await download(path)).status).toBe(404);
    const revoked = await app.gql(`mutation { revokeCalendarFeed }`, {}, { as });
    expect(revoked.data!.revokeCalendarFeed).toBe(true);
    const gone = await download(feedPathOf(renewed.data!.createCalendarFeed.url));
    expect(gone).toMatchObject({ status: 404, text: expect.stringContaining('revoked') });
    expect((await app.gql(`{ calendarFeedCreatedAt }`, {}, { as })).data!.calendarFeedCreatedAt).toBeNull();
  });

  it('answers a made-up token like a revoked one', async () => {
    expect((await download(`/calendar/feed/${'A'.repeat(43)}.ics`)).status).toBe(404);
  });
});
