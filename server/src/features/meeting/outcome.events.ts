import type {
  ActionItemStatus as ActionItemStatusKey,
  MeetingNoteKind as MeetingNoteKindKey,
  PollStatus as PollStatusKey,
} from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingEvent, registerMeetingEventType } from './meeting-event.registry.js';
import { ActionItemStatus, MeetingNoteKind, MinutesStatus, PollStatus } from './outcome.enums.js';

/** A poll's results as everyone may see them: counts per option and voters, never who chose what. */
export interface PollTally {
  pollId: string;
  voterCount: number;
  options: { optionId: string; votes: number }[];
}

// What a meeting produces, as events of its ordered log (meeting-events.ts): ids and aggregates only, so an event
// never carries a hidden question's text or an anonymous voter; the state itself is read by query (liveState).
declare module './meeting-events.js' {
  interface MeetingEventKinds {
    POLL_CREATED: { pollId: string };
    POLL_OPENED: { pollId: string };
    VOTE_COUNTED: PollTally;
    POLL_CLOSED: PollTally & { status: PollStatusKey };
    QUESTION_ASKED: { questionId: string };
    QUESTION_UPVOTED: { questionId: string; upvotes: number };
    QUESTION_ANSWERED: { questionId: string };
    QUESTION_HIDDEN: { questionId: string };
    NOTE_ADDED: { noteId: string; noteKind: MeetingNoteKindKey };
    ACTION_ITEM_ADDED: { actionItemId: string };
    ACTION_ITEM_CHANGED: { actionItemId: string; status: ActionItemStatusKey };
    MINUTES_CHANGED: { status: 'DRAFT' | 'PUBLISHED'; version: number };
  }
}

@ObjectType({ simpleResolvers: true, description: 'Votes for one option of a poll' })
export class MeetingPollTallyOption {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int)
  votes!: number;
}

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host prepared a poll (hosts see drafts)' })
export class MeetingPollCreated extends MeetingEvent {
  @Field(() => ID)
  pollId!: string;
}
registerMeetingEventType('POLL_CREATED', MeetingPollCreated);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A poll opened for votes' })
export class MeetingPollOpened extends MeetingEvent {
  @Field(() => ID)
  pollId!: string;
}
registerMeetingEventType('POLL_OPENED', MeetingPollOpened);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A vote was counted: the new totals (never who voted)' })
export class MeetingVoteCounted extends MeetingEvent {
  @Field(() => ID)
  pollId!: string;

  @Field(() => Int)
  voterCount!: number;

  @Field(() => [MeetingPollTallyOption])
  options!: MeetingPollTallyOption[];
}
registerMeetingEventType('VOTE_COUNTED', MeetingVoteCounted);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A poll closed: its final totals' })
export class MeetingPollClosed extends MeetingEvent {
  @Field(() => ID)
  pollId!: string;

  @Field(() => PollStatus)
  status!: PollStatusKey;

  @Field(() => Int)
  voterCount!: number;

  @Field(() => [MeetingPollTallyOption])
  options!: MeetingPollTallyOption[];
}
registerMeetingEventType('POLL_CLOSED', MeetingPollClosed);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A question was asked (read it in liveState.questions)' })
export class MeetingQuestionAsked extends MeetingEvent {
  @Field(() => ID)
  questionId!: string;
}
registerMeetingEventType('QUESTION_ASKED', MeetingQuestionAsked);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A question got an upvote' })
export class MeetingQuestionUpvoted extends MeetingEvent {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  upvotes!: number;
}
registerMeetingEventType('QUESTION_UPVOTED', MeetingQuestionUpvoted);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host marked a question answered' })
export class MeetingQuestionAnswered extends MeetingEvent {
  @Field(() => ID)
  questionId!: string;
}
registerMeetingEventType('QUESTION_ANSWERED', MeetingQuestionAnswered);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host hid a question' })
export class MeetingQuestionHidden extends MeetingEvent {
  @Field(() => ID)
  questionId!: string;
}
registerMeetingEventType('QUESTION_HIDDEN', MeetingQuestionHidden);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host recorded a note or a decision' })
export class MeetingNoteAdded extends MeetingEvent {
  @Field(() => ID)
  noteId!: string;

  @Field(() => MeetingNoteKind)
  noteKind!: MeetingNoteKindKey;
}
registerMeetingEventType('NOTE_ADDED', MeetingNoteAdded);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'A host recorded an action item' })
export class MeetingActionItemAdded extends MeetingEvent {
  @Field(() => ID)
  actionItemId!: string;
}
registerMeetingEventType('ACTION_ITEM_ADDED', MeetingActionItemAdded);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'An action item was marked done or open again' })
export class MeetingActionItemChanged extends MeetingEvent {
  @Field(() => ID)
  actionItemId!: string;

  @Field(() => ActionItemStatus)
  status!: ActionItemStatusKey;
}
registerMeetingEventType('ACTION_ITEM_CHANGED', MeetingActionItemChanged);

@ObjectType({ implements: MeetingEvent, simpleResolvers: true, description: 'The minutes were generated, edited or published' })
export class MeetingMinutesChanged extends MeetingEvent {
  @Field(() => MinutesStatus)
  status!: 'DRAFT' | 'PUBLISHED';

  @Field(() => Int)
  version!: number;
}
registerMeetingEventType('MINUTES_CHANGED', MeetingMinutesChanged);
