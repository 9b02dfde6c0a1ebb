import type { FeatureManifest } from '../../core/feature.js';
import { createActionItemsLoader, createCarriedActionItemsLoader } from './action-item.read.js';
import { MeetingActionItemResolver } from './action-item.resolver.js';
import { createNotesLoader } from './decision.read.js';
import { MeetingNoteResolver } from './decision.resolver.js';
import { createMinutesLoader } from './minutes.read.js';
import { MeetingMinutesResolver } from './minutes.resolver.js';
import { MeetingLiveStateOutcomesResolver } from './outcome-live-state.resolver.js';
import { MeetingOutcomeResolver } from './outcome.resolver.js';
import { createPollsLoader } from './poll.read.js';
import { MeetingPollResolver } from './poll.resolver.js';
import { createQuestionsLoader } from './question.read.js';
import { MeetingQuestionResolver } from './question.resolver.js';
import './outcome.events.js';

/** What a meeting produces: live polls, Q&A, notes and decisions, action items (carried over) and minutes. */
export const meetingOutcomesFeature: FeatureManifest = {
  name: 'meeting-outcomes',
  resolvers: [
    MeetingOutcomeResolver,
    MeetingPollResolver,
    MeetingQuestionResolver,
    MeetingNoteResolver,
    MeetingActionItemResolver,
    MeetingMinutesResolver,
    MeetingLiveStateOutcomesResolver,
  ],
  loaders: (em) => ({
    meetingPolls: createPollsLoader(em),
    meetingQuestions: createQuestionsLoader(em),
    meetingNotes: createNotesLoader(em),
    meetingActionItems: createActionItemsLoader(em),
    carriedActionItems: createCarriedActionItemsLoader(em),
    meetingMinutes: createMinutesLoader(em),
  }),
};
