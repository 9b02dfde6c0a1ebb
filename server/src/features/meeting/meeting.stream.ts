import type { Context } from '../../core/context.js';
import { closingWith, type LiveStream } from '../../core/live/inbox.js';
import type { LiveEvent } from '../../core/live/live-hub.js';
import { topic } from '../../core/pubsub.js';
import { findMeeting } from './meeting.read.js';
import { NotFound } from '../../core/errors.js';
import { meetingEventFeed, meetingEvents, stillSees, type LiveMeetingEvent } from './meeting.live.js';

/**
 * `meetingEvent(meetingId, after)`: checked at subscribe time (NOT_FOUND when hidden) and for every event. The
 * events after `after` (or, without it, from now on) in `sequence` order, each once: a live event that skips ahead
 * (signals may arrive out of order) is preceded by the missing ones read from the log. When the subscriber may no
 * longer see the meeting, the stream ends.
 */
export async function meetingEventStream(
  ctx: Context,
  meetingId: string,
  after: number | null,
): Promise<LiveStream<LiveEvent<LiveMeetingEvent>>> {
  // Subscribed before reading where the log stands, so nothing falls in between.
  const live = ctx.services.live.subscribe(topic('meeting', meetingId), meetingEventFeed);
  const meeting = await findMeeting(ctx.em, ctx.viewer, meetingId);
  if (!meeting) {
    await live.return();
    throw new NotFound('The meeting');
  }
  let last = after ?? meeting.lastEventSequence;
  // While the stream waits on its inbox, the next event in order goes straight to the socket; anything else to the loop below.
  live.steady((event) => {
    if (!stillSees(ctx.viewer, event.value.meeting)) return 'queue';
    const { sequence } = event.value.event;
    if (sequence <= last) return 'skip';
    if (sequence > last + 1) return 'queue';
    last = sequence;
    return event;
  });
  async function* stream(): AsyncGenerator<LiveEvent<LiveMeetingEvent>> {
    const fill = async function* (upTo: number | null) {
      for (;;) {
        const scope = ctx.services.live.scope();
        const missed = await meetingEvents(scope.em, meetingId, last, upTo);
        for (const value of missed) yield { value, scope };
        if (missed.length < 500) return;
      }
    };
    try {
      for (const source of [fill(null), live]) {
        for await (const event of source) {
          if (!stillSees(ctx.viewer, event.value.meeting)) return;
          const { sequence } = event.value.event;
          if (sequence <= last) continue;
          if (sequence > last + 1) {
            for await (const missed of fill(sequence - 1)) {
              last = missed.value.event.sequence;
              yield missed;
            }
          }
          last = sequence;
          yield event;
        }
      }
    } finally {
      await live.return();
    }
  }
  return closingWith(stream(), live);
}
