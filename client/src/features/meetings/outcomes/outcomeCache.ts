import type { ApolloCache, Reference } from '@apollo/client';
import type { MeetingOutcomeEvent_EventFragment, PollStatus } from '../../../gql/graphql';
import { ActionItemStatusFragment, PollTallyFragment, QuestionTallyFragment } from './outcomeDocuments';

export type OutcomeEvent = MeetingOutcomeEvent_EventFragment;

/**
 * What one event did to the outcome panels: `applied` (written into the cache), `ignored` (not theirs, or nothing
 * this viewer shows) or `read` (the event names something the cache does not hold, e.g. a new question's text,
 * which events never carry: the outcomes must be read again).
 */
export type OutcomeEffect = 'applied' | 'ignored' | 'read';

interface Where {
  meetingId: string;
  /** Hosts see draft polls and hidden questions; others do not. */
  hosting: boolean;
}

type Tally = { voterCount: number; options: readonly { optionId: string; votes: number }[] };

function tallyPoll(cache: ApolloCache, pollId: string, tally: Tally, status?: PollStatus): OutcomeEffect {
  const id = cache.identify({ __typename: 'MeetingPoll', id: pollId });
  const poll = cache.readFragment({ id, fragment: PollTallyFragment });
  if (!poll) return 'read';
  cache.writeFragment({
    id,
    fragment: PollTallyFragment,
    data: {
      ...poll,
      status: status ?? poll.status,
      voterCount: tally.voterCount,
      options: poll.options.map((option) => ({
        ...option,
        votes: tally.options.find((o) => o.optionId === option.id)?.votes ?? option.votes,
      })),
    },
  });
  return 'applied';
}

function changeQuestion(
  cache: ApolloCache,
  questionId: string,
  change: { upvotes?: number; answered?: boolean; hidden?: boolean },
): OutcomeEffect {
  const id = cache.identify({ __typename: 'MeetingQuestion', id: questionId });
  const question = cache.readFragment({ id, fragment: QuestionTallyFragment });
  if (!question) return 'read';
  cache.writeFragment({ id, fragment: QuestionTallyFragment, data: { ...question, ...change } });
  return 'applied';
}

/** A hidden question leaves a participant's list (hosts keep it, marked). */
function dropQuestion(cache: ApolloCache, meetingId: string, questionId: string): OutcomeEffect {
  cache.modify<{ questions: readonly Reference[] }>({
    id: cache.identify({ __typename: 'Meeting', id: meetingId }),
    fields: {
      questions: (refs, { readField }) => refs.filter((ref) => readField('id', ref) !== questionId),
    },
  });
  return 'applied';
}

/**
 * Applies one `meetingEvent` to the cached outcomes (poll totals and status, upvotes, answered, hidden, an action
 * item's status) so a burst of votes or upvotes costs no read; events of other parts of the meeting are ignored.
 */
export function applyOutcomeEvent(cache: ApolloCache, event: OutcomeEvent, { meetingId, hosting }: Where): OutcomeEffect {
  switch (event.__typename) {
    case 'MeetingVoteCounted':
      return tallyPoll(cache, event.pollId, event);
    case 'MeetingPollClosed':
      return tallyPoll(cache, event.pollId, event, event.pollStatus);
    case 'MeetingPollOpened': {
      // A participant never saw the draft: its question and options come with a read.
      const id = cache.identify({ __typename: 'MeetingPoll', id: event.pollId });
      const poll = cache.readFragment({ id, fragment: PollTallyFragment });
      if (!poll) return 'read';
      cache.writeFragment({ id, fragment: PollTallyFragment, data: { ...poll, status: 'OPEN' } });
      return 'applied';
    }
    case 'MeetingPollCreated':
      return hosting ? 'read' : 'ignored';
    case 'MeetingQuestionUpvoted':
      return changeQuestion(cache, event.questionId, { upvotes: event.upvotes });
    case 'MeetingQuestionAnswered':
      return changeQuestion(cache, event.questionId, { answered: true });
    case 'MeetingQuestionHidden':
      return hosting ? changeQuestion(cache, event.questionId, { hidden: true }) : dropQuestion(cache, meetingId, event.questionId);
    case 'MeetingActionItemChanged': {
      const id = cache.identify({ __typename: 'MeetingActionItem', id: event.actionItemId });
      const item = cache.readFragment({ id, fragment: ActionItemStatusFragment });
      if (!item) return 'read';
      cache.writeFragment({ id, fragment: ActionItemStatusFragment, data: { ...item, status: event.itemStatus } });
      return 'applied';
    }
    case 'MeetingQuestionAsked':
    case 'MeetingNoteAdded':
    case 'MeetingActionItemAdded':
      return 'read';
    default:
      return 'ignored';
  }
}
