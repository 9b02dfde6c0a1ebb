// What a meeting produces: live polls, questions, notes and decisions, action items and minutes.

/** DRAFT: prepared by a host; OPEN: taking votes; CLOSED: results final, no more votes. */
export const POLL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** A note records what was said; a decision what the meeting agreed (listed apart in the minutes). */
export const MEETING_NOTE_KINDS = ['NOTE', 'DECISION'] as const;
export type MeetingNoteKind = (typeof MEETING_NOTE_KINDS)[number];

export const ACTION_ITEM_STATUSES = ['OPEN', 'DONE'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** DRAFT: hosts edit it; PUBLISHED: participants read it, and it no longer changes. */
export const MINUTES_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const POLL_QUESTION_MAX = 300;
export const POLL_OPTION_MAX = 200;
export const POLL_OPTIONS_MIN = 2;
export const POLL_OPTIONS_MAX = 10;
export const MEETING_QUESTION_MAX = 500;
export const MEETING_NOTE_MAX = 4000;
export const ACTION_ITEM_TEXT_MAX = 500;
export const MINUTES_SOURCE_MAX = 60_000;
