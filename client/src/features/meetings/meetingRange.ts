// A meeting's times, written twice: in the reader's own zone (no `timeZone`: the browser's), and in
// the zone the meeting is planned in, so a participant abroad sees both (issue 12, Client).
const rangeFormats = new Map<string, Intl.DateTimeFormat>();

function rangeFormat(locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = rangeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone });
    rangeFormats.set(key, format);
  }
  return format;
}

function validDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "12 Jan 2027, 10:00 – 13:00"; in the reader's zone unless `timeZone` is given. Unknown zones fall back to the reader's. */
export function formatMeetingRange(locale: string, startsAt: string, endsAt: string | null | undefined, timeZone?: string): string {
  const start = validDate(startsAt);
  if (!start) return startsAt;
  let format: Intl.DateTimeFormat;
  try {
    format = rangeFormat(locale, timeZone);
  } catch {
    format = rangeFormat(locale, undefined);
  }
  const end = endsAt ? validDate(endsAt) : null;
  return end && end >= start ? format.formatRange(start, end) : format.format(start);
}
