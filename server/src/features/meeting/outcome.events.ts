import type { ActionItemStatus, MeetingNoteKind, PollStatus } from '@strom/shared';

/** A poll's results as everyone may see them: counts per option and voters, never who chose what. */
export interface PollTally {
  pollId: string;
  voterCount: number;
  options: { optionId: string; votes: number }[];
}

// What a meeting produces, as events of its ordered log (meeting-events.ts): ids and aggregates only, so an event
// never carries a hidden question's text or an anonymous voter; the state itself is read by query.
declare module './meeting-events.js' {
  interface MeetingEventKinds {
    POLL_CREATED: { pollId: string };
    POLL_OPENED: { pollId: string };
    VOTE_COUNTED: PollTally;
    POLL_CLOSED: PollTally & { status: PollStatus };
    QUESTION_ASKED: { questionId: string };
    QUESTION_UPVOTED: { questionId: string; upvotes: number };
    QUESTION_ANSWERED: { questionId: string };
    QUESTION_HIDDEN: { questionId: string };
    NOTE_ADDED: { noteId: string; kind: MeetingNoteKind };
    ACTION_ITEM_ADDED: { actionItemId: string };
    ACTION_ITEM_CHANGED: { actionItemId: string; status: ActionItemStatus };
    MINUTES_CHANGED: { status: string; version: number };
  }
}
