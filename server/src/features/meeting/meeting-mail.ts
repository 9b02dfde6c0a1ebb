import type { Config } from '../../core/config.js';
import type { Mail } from '../mail/mailer.js';

/** The meeting's start in its own zone, e.g. "Tuesday 15 December 2026, 10:00 (Europe/Riga)". */
export function meetingTime(startsAt: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(startsAt));
  return `${text} (${timeZone})`;
}

/** A reminder names the meeting, its time and a link; nothing else (the online link stays on the platform). */
export function reminderMail(
  config: Pick<Config, 'publicUrl'>,
  email: string,
  meeting: { meeting_id: string; title: string; starts_at: Date; time_zone: string },
): Mail {
  const lines = [
    'Hello,',
    '',
    `A reminder: “${meeting.title}” starts ${meetingTime(meeting.starts_at, meeting.time_zone)}.`,
    `${config.publicUrl}/meetings/${meeting.meeting_id}`,
    '',
    `To change which notifications you get by e-mail, open ${config.publicUrl}/account`,
  ];
  return { to: email, subject: `Reminder: “${meeting.title}”`, text: lines.join('\n') };
}
