import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Config } from '../../core/config.js';
import type { MeetingNode } from './meeting.types.js';

/** What a calendar entry needs beyond the meeting as its reader sees it. */
export interface CalendarMeeting {
  meeting: MeetingNode;
  /** Raised by every change a calendar must pick up; with the stable UID, calendars update the entry in place. */
  sequence: number;
  updatedAt: Date;
}

/** The UID of a meeting's entry: the same in every file and feed, for as long as the meeting exists. */
export const meetingUid = (meetingId: string) => `meeting-${meetingId}@strom`;

/**
 * RFC 5545 text for meetings as one reader sees them: each in its own time zone (with a VTIMEZONE), organised
 * by its first host with the platform's address, a cancelled one as STATUS:CANCELLED. The online link is in the
 * entry only when the reader may see it (the MeetingNode carries it already filtered).
 */
export function meetingCalendar(config: Pick<Config, 'publicUrl' | 'mailFrom'>, name: string, entries: readonly CalendarMeeting[]): string {
  const calendar = ical({
    name,
    prodId: { company: 'Strom', product: 'meetings', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const organiserEmail = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom;
  for (const { meeting, sequence, updatedAt } of entries) {
    if (!meeting.startsAt || !meeting.endsAt) continue;
    const url = `${config.publicUrl}/meetings/${meeting.id}`;
    const place = [meeting.venue, meeting.onlineLink].filter(Boolean).join(' · ');
    calendar.createEvent({
      id: meetingUid(meeting.id),
      sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      timezone: meeting.timeZone,
      stamp: updatedAt,
      lastModified: updatedAt,
      summary: meeting.title,
      description: [meeting.purpose, meeting.cancelReason ? `Cancelled: ${meeting.cancelReason}` : null, url].filter(Boolean).join('\n\n'),
      location: place || null,
      url,
      organizer: { name: meeting.hosts[0]?.name ?? 'Strom', email: organiserEmail },
      status: meeting.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
