import { Arg, Ctx, ID, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { BadUserInput } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { enterEventScope, type LiveEvent } from '../../core/live/live-hub.js';
import { SameResultForEveryViewer } from '../../core/live/shared-execution.js';
import { MeetingEvent } from './meeting-event.registry.js';
import type { LiveMeetingEvent } from './meeting.live.js';
import { meetingEventStream } from './meeting.stream.js';
// Registers the planning kinds' types (each live part's resolver imports its own *.events.ts).
import './planning.events.js';

type Args = SubscribeResolverData<unknown, { meetingId: string; after?: number | null }, Context>;

@Resolver()
export class MeetingLiveResolver {
  @Subscription(() => MeetingEvent, {
    name: 'meetingEvent',
    description:
      'One meeting’s events in `sequence` order, each as its own type. Read `meeting(id) { liveState { sequence } }`, then ' +
      'subscribe with that sequence as `after`: nothing is lost or repeated. Ends when you may no longer see the meeting.',
    subscribe: ({ args, context }: Args) => {
      if (args.after != null && args.after < 0) throw BadUserInput.field('after', 'after must be a sequence (0 or more)');
      return meetingEventStream(context, parseUuid(args.meetingId, 'meetingId'), args.after ?? null);
    },
  })
  // Events are facts of the meeting (no field reads the viewer); each subscriber's rights are checked in the stream.
  @SameResultForEveryViewer()
  meetingEvent(
    @Root() event: LiveEvent<LiveMeetingEvent>,
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('after', () => Int, { nullable: true, description: 'The sequence of the last event received' }) _after?: number,
  ): MeetingEvent {
    enterEventScope(ctx, event.scope);
    // Built once per event by the feed; every subscriber gets the same object.
    return event.value.typed;
  }
}
