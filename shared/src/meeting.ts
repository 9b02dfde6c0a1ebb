// Meeting vocabularies and limits: the planning form guides with them, the server refuses with them.

export const MEETING_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** NETWORK: every member; SCOPE: members of its country or municipality (all for REGIONAL); INVITED: its participants. */
export const MEETING_VISIBILITIES = ['NETWORK', 'SCOPE', 'INVITED'] as const;
export type MeetingVisibility = (typeof MEETING_VISIBILITIES)[number];

export const MEETING_STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A participant's answer: YES takes a seat (or a place on the waiting list), MAYBE and NO do not. */
export const RSVP_ANSWERS = ['YES', 'MAYBE', 'NO'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

/** Where a participant stands: INVITED (no answer yet), ACCEPTED (has a seat), WAITING (for one), TENTATIVE, DECLINED. */
export const PARTICIPANT_STATUSES = ['INVITED', 'ACCEPTED', 'WAITING', 'TENTATIVE', 'DECLINED'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const PARTICIPANT_ROLES = ['MODERATOR', 'SPEAKER', 'PARTICIPANT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** An invitee's answer to one proposed slot of a date poll. */
export const SLOT_ANSWERS = ['YES', 'IF_NEED_BE', 'NO'] as const;
export type SlotAnswer = (typeof SLOT_ANSWERS)[number];

export const MEETING_TITLE_MAX = 200;
export const MEETING_TITLE_MIN = 3;
export const MEETING_PURPOSE_MAX = 4000;
export const MEETING_VENUE_MAX = 300;
export const MEETING_LINK_MAX = 500;
export const MEETING_CANCEL_REASON_MAX = 1000;
export const RSVP_NOTE_MAX = 500;
export const MEETING_CAPACITY_MAX = 10_000;
export const MEETING_SLOTS_MAX = 20;
export const MEETING_HOSTS_MAX = 10;
export const MEETING_INVITE_MAX = 500;
/** A meeting lasts at most this long (a multi-day conference counts as one). */
export const MEETING_DURATION_MAX_HOURS = 24 * 7;
/** Reminders before the start, in minutes: default a week and a day. */
export const MEETING_REMINDER_DEFAULTS = [7 * 24 * 60, 24 * 60] as const;
export const MEETING_REMINDERS_MAX = 5;
/** Municipalities per member state in the regional expert group's "three municipalities per state" invitation. */
export const MUNICIPALITIES_PER_STATE = 3;

/** Whether `zone` is an IANA time zone this runtime knows (both sides use the same check). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone) && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
