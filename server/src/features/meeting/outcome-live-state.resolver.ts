import { FieldResolver, Resolver, Root } from 'type-graphql';
import { actionItemRows, toLiveActionItem } from './action-item.read.js';
import { MeetingActionItem } from './action-item.types.js';
import { notesOf } from './decision.read.js';
import { MeetingNote } from './decision.types.js';
import { MeetingLiveState } from './meeting-live-state.types.js';
import { pollsOf } from './poll.read.js';
import { MeetingPoll } from './poll.types.js';
import { questionsOf } from './question.read.js';
import { MeetingQuestion } from './question.types.js';

/**
 * What a meeting produces, in its live state: read in the live state's one statement (the parts registered in
 * poll.read.ts, question.read.ts, decision.read.ts, action-item.read.ts), so they and `sequence` are one snapshot.
 * SQL-free; the same visibility as the Meeting fields (drafts and hidden questions for hosts only).
 */
@Resolver(() => MeetingLiveState)
export class MeetingLiveStateOutcomesResolver {
  @FieldResolver(() => [MeetingPoll], { description: 'Live polls with their results (drafts for hosts only)' })
  polls(@Root() state: MeetingLiveState): MeetingPoll[] {
    return pollsOf(state.parts['polls'], state.viewerHosts);
  }

  @FieldResolver(() => [MeetingQuestion], { description: 'Q&A (hidden questions for hosts only)' })
  questions(@Root() state: MeetingLiveState): MeetingQuestion[] {
    return questionsOf(state.parts['questions'], state.viewerHosts);
  }

  @FieldResolver(() => [MeetingNote], { description: 'Notes and decisions so far' })
  notes(@Root() state: MeetingLiveState): MeetingNote[] {
    return notesOf(state.parts['notes']);
  }

  @FieldResolver(() => [MeetingActionItem], { description: 'Action items agreed so far' })
  actionItems(@Root() state: MeetingLiveState): MeetingActionItem[] {
    return actionItemRows(state.parts['actionItems']).map((row) => toLiveActionItem(state.viewerId, state.viewerHosts, row));
  }
}
