/** Cross-border counterpart requests ("handshake"): the same limits and words in the form and on the server. */
export const COUNTERPART_MESSAGE_MAX = 2000;
/** A decline's reason or a forwarding note: one or two sentences. */
export const COUNTERPART_REASON_MAX = 500;
/** How many counterparts one request reaches at first (the contact point first, then the ranking). */
export const COUNTERPART_RECIPIENTS_MAX = 5;
/** Working days (Mon–Fri) a recipient has before a reminder. */
export const COUNTERPART_REMINDER_WORKING_DAYS = 2;

/** The years the statistics may be narrowed to (by the year a request was opened, UTC). */
export const COUNTERPART_STATISTICS_YEAR_MIN = 2000;
export const COUNTERPART_STATISTICS_YEAR_MAX = 2100;

export const COUNTERPART_URGENCIES = ['ROUTINE', 'SOON', 'URGENT'] as const;
export type CounterpartUrgency = (typeof COUNTERPART_URGENCIES)[number];

export const COUNTERPART_OUTCOMES = ['REFERRED', 'NOT_NEEDED', 'NO_CAPACITY'] as const;
export type CounterpartOutcome = (typeof COUNTERPART_OUTCOMES)[number];

/** The request as a whole: OPEN until a recipient accepts, ACCEPTED, then CLOSED with an outcome. */
export const COUNTERPART_REQUEST_STATUSES = ['OPEN', 'ACCEPTED', 'CLOSED'] as const;
export type CounterpartRequestStatus = (typeof COUNTERPART_REQUEST_STATUSES)[number];

/** One recipient's answer. */
export const COUNTERPART_RECIPIENT_STATES = ['PENDING', 'ACCEPTED', 'DECLINED', 'FORWARDED'] as const;
export type CounterpartRecipientState = (typeof COUNTERPART_RECIPIENT_STATES)[number];

/**
 * The moment `days` working days (Monday to Friday, in UTC) after `from`: Friday noon plus two is Tuesday noon.
 * A start on a weekend counts from the following Monday's same time of day.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const at = new Date(from.getTime());
  const isWeekend = () => at.getUTCDay() === 0 || at.getUTCDay() === 6;
  while (isWeekend()) at.setUTCDate(at.getUTCDate() + 1);
  let left = days;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (!isWeekend()) left -= 1;
  }
  return at;
}
