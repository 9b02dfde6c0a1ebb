import type { RequestHandler, Response } from 'express';
import { isMember, type MemberViewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import type { HttpRoute } from '../../core/feature.js';
import { parseUuid } from '../../core/ids.js';
import { loadRecipients } from '../notification/recipients.js';
import { resolveViewer } from '../session/resolve-viewer.js';
import { feedOwner } from './calendar-feed.commands.js';
import { calendarMeetings } from './calendar.read.js';
import { meetingCalendar } from './meeting-ics.js';

function plain(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').set('cache-control', 'no-store').send(message);
}

function sendCalendar(res: Response, filename: string, body: string): void {
  res
    .status(200)
    .set({
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(body);
}

function route(what: string, serve: (services: AppServices, req: Parameters<RequestHandler>[0], res: Response) => Promise<void>) {
  return (services: AppServices): RequestHandler =>
    async (req, res) => {
      try {
        await serve(services, req, res);
      } catch (error) {
        services.logger.error({ err: error }, `${what} failed`);
        plain(res, 500, 'The calendar could not be made. Try again.');
      }
    };
}

const meetingFile = route('meeting calendar', async (services, req, res) => {
  const viewer = await resolveViewer(services, req.headers.cookie);
  const id = typeof req.params.id === 'string' && /^[0-9a-f-]{36}$/i.test(req.params.id) ? parseUuid(req.params.id, 'id') : null;
  const [entry] = isMember(viewer) && id ? await calendarMeetings(services.orm.em.fork(), viewer, id) : [];
  // One answer for missing, hidden and undated meetings, and for anonymous visitors: ids reveal nothing.
  if (!entry?.meeting.startsAt) return plain(res, 404, 'No such meeting in your calendar. Sign in and open the meeting again.');
  sendCalendar(res, `meeting-${entry.meeting.id}.ics`, meetingCalendar(services.config, entry.meeting.title, [entry]));
});

/** The private feed a calendar application subscribes to: no cookie, the token alone names the member. */
const feed = route('calendar feed', async (services, req, res) => {
  const em = services.orm.em.fork();
  const userId = await feedOwner(em, typeof req.params.token === 'string' ? req.params.token : '');
  const recipient = userId ? (await loadRecipients(em, [userId])).get(userId) : undefined;
  if (!recipient) return plain(res, 404, 'This calendar link was revoked or never existed. Make a new one on Strom.');
  const viewer: MemberViewer = recipient.viewer;
  sendCalendar(res, 'strom-meetings.ics', meetingCalendar(services.config, 'Strom meetings', await calendarMeetings(em, viewer, null)));
});

export const CALENDAR_ROUTES: HttpRoute[] = [
  { method: 'get', path: '/calendar/meeting/:id.ics', handler: meetingFile },
  { method: 'get', path: '/calendar/feed/:token.ics', handler: feed },
];
