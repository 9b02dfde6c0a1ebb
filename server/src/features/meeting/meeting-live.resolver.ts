import { Arg, Ctx, Field, ID, Int, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { enterEventScope, type LiveEvent } from '../../core/live/live-hub.js';
import type { LiveMeetingEvent } from './meeting.live.js';
import { meetingEventStream } from './meeting.stream.js';

@ObjectType({ description: 'Something that happened in a meeting, numbered in order per meeting' })
export class MeetingEvent {
  @Field(() => Int, { description: 'Gap-free per meeting: resume with the last one received as `after`' })
  sequence!: number;

  @Field(() => String, {
    description: 'STATUS_CHANGED, DETAILS_CHANGED, PARTICIPANT_CHANGED, PARTICIPANTS_INVITED, DATE_POLL_CHANGED (the live half adds more)',
  })
  kind!: string;

  @Field(() => String, { description: 'The facts of this kind of event, as JSON (ids, a status, a count)' })
  data!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => ID)
  meetingId!: string;
}

type Args = SubscribeResolverData<unknown, { meetingId: string; after?: number | null }, Context>;

@Resolver()
export class MeetingLiveResolver {
  @Subscription(() => MeetingEvent, {
    name: 'meetingEvent',
    description:
      'One meeting’s events in `sequence` order. Read the meeting (its `lastEventSequence`), then subscribe with it as `after`: ' +
      'nothing is lost or repeated. Ends when you may no longer see the meeting.',
    subscribe: ({ args, context }: Args) => {
      if (args.after != null && args.after < 0) throw BadUserInput.field('after', 'after must be a sequence (0 or more)');
      return meetingEventStream(context, parseUuid(args.meetingId, 'meetingId'), args.after ?? null);
    },
  })
  meetingEvent(
    @Root() event: LiveEvent<LiveMeetingEvent>,
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('after', () => Int, { nullable: true, description: 'The sequence of the last event received' }) _after?: number,
  ): MeetingEvent {
    enterEventScope(ctx, event.scope);
    const { event: row, meeting } = event.value;
    return { sequence: row.sequence, kind: row.kind, data: JSON.stringify(row.payload), occurredAt: row.createdAt, meetingId: meeting.id };
  }
}
