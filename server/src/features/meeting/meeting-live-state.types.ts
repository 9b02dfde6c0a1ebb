import type { MeetingStatus as MeetingStatusKey } from '@strom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MeetingStatus } from './meeting.enums.js';

/**
 * Everything the live view shows, read in one statement with the `sequence` it is current to: show it, then
 * subscribe to `meetingEvent(after: sequence)`. Parts (agenda, speaker queue, attendance, and what
 * meeting-outcomes adds) are fields resolved from `parts` (see meeting-live-state.parts.ts).
 */
@ObjectType({ description: 'A meeting as its live view shows it, current to `sequence`' })
export class MeetingLiveState {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'The last event this state includes: subscribe with it as `after`' })
  sequence!: number;

  @Field(() => MeetingStatus)
  status!: MeetingStatusKey;

  @Field(() => Date, { nullable: true, description: 'The scheduled start' })
  startsAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt!: Date | null;

  @Field(() => String)
  timeZone!: string;

  @Field(() => Date, { nullable: true })
  wentLiveAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Date, { description: 'The server’s clock when this was read (timers count from it)' })
  readAt!: Date;

  /** Each registered part's JSON, by key; not a GraphQL field. */
  parts!: Record<string, unknown>;

  /** Who reads it, for viewer-relative fields (one's own hand); not a GraphQL field. */
  viewerId!: string | null;

  /** Whether the reader hosts the meeting; not a GraphQL field. */
  viewerHosts!: boolean;
}
