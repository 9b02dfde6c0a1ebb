import type { ComponentType } from 'react';
import { MeetingOutcomes } from '../outcomes/MeetingOutcomes';
import type { LiveEvent, LiveState } from './liveStateReducer';
import type { MeetingEventSource } from './meetingEventSource';

/** What every section of the live view is given. */
export interface LiveSectionProps {
  state: LiveState;
  /** The reader hosts the meeting (host controls). */
  hosting: boolean;
  /** The reader takes part (may raise a hand, vote, ask). */
  takingPart: boolean;
  viewerId: string | null;
  /** The page's one event stream: sections listen to it rather than subscribe again. */
  events: MeetingEventSource<LiveEvent>;
}

/**
 * EXTENSION POINT of the live view (/meetings/:id/live): the sections below the pointer, agenda, speaker queue and
 * attendance, in the order shown. A part of a meeting adds its section here (its state comes in `liveState` through
 * the server's live state parts, its events through `reduceLiveState`'s resync or a case of its own, or by
 * listening to `events`).
 */
export const LIVE_SECTIONS: readonly { key: string; Component: ComponentType<LiveSectionProps> }[] = [
  // Polls, questions, notes, decisions and action items keep themselves current from the same event stream.
  { key: 'outcomes', Component: ({ state, events }) => <MeetingOutcomes meetingId={state.meetingId} events={events} /> },
];
