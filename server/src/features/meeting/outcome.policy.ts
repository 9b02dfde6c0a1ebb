import { GraphQLError } from 'graphql';
import { defineAbilities } from '../../core/ability.js';
import { isMember, type Viewer } from '../../core/auth.js';
import { hosts, seesMeeting, type MeetingAccess } from './meeting-access.js';

/** Members who take part: its hosts, and anyone invited or registered who has not declined. */
export function takesPart(viewer: Viewer, meeting: MeetingAccess): boolean {
  return hosts(viewer, meeting) || (isMember(viewer) && meeting.viewerStatus !== null && meeting.viewerStatus !== 'DECLINED');
}

/**
 * Who may do what with what a meeting produces (polls, questions, notes, decisions, action items, minutes). When
 * it may be done (a running meeting, an open poll, unpublished minutes) is `requireRunning` and the commands' own
 * CONFLICTs: a host told "the poll is closed" learns more than "forbidden".
 */
export const meetingOutcomeAbilities = defineAbilities<MeetingAccess>()({
  see: { allow: seesMeeting, refusal: 'You may not see this meeting' },
  /** Polls, notes, decisions, action items, answering and hiding questions: the hosts (and moderators, admins). */
  run: { allow: hosts, refusal: 'Only the hosts of this meeting may do this' },
  /** Voting, asking, upvoting. */
  takePart: { allow: takesPart, refusal: 'Only participants of this meeting may do this' },
  /** Generating, editing and publishing the minutes; reading their draft. */
  writeMinutes: { allow: hosts, refusal: 'Only the hosts of this meeting write its minutes' },
});

/** A refusal of the meeting's or the item's state, typed by `reason` for the client (poll closed, voted already…). */
export class OutcomeConflict extends GraphQLError {
  constructor(reason: OutcomeConflictReason, message: string) {
    super(message, { extensions: { code: 'CONFLICT', reason } });
  }
}

export type OutcomeConflictReason =
  | 'MEETING_NOT_RUNNING'
  | 'MEETING_NOT_ENDED'
  | 'POLL_NOT_OPEN'
  | 'POLL_NOT_DRAFT'
  | 'ALREADY_VOTED'
  | 'MINUTES_PUBLISHED'
  | 'MINUTES_MISSING'
  | 'VERSION_MISMATCH';

/** Polls, questions, notes and action items are recorded while a meeting is scheduled (prepared) or live. */
export function isRunning(meeting: MeetingAccess): boolean {
  return meeting.status === 'SCHEDULED' || meeting.status === 'LIVE';
}

export function requireRunning(meeting: MeetingAccess): void {
  if (!isRunning(meeting))
    throw new OutcomeConflict('MEETING_NOT_RUNNING', `This meeting is ${meeting.status.toLowerCase()}: nothing can be added to it now`);
}
