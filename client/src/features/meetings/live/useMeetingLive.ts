import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getFragmentData } from '../../../gql';
import type { ResumeContext } from '../../../ui/useLiveConnection';
import { MeetingEventSource } from './meetingEventSource';
import { MeetingLiveEvents, MeetingLiveQuery, MeetingLiveStateFragment } from './meetingLiveDocuments';
import { reduceLiveState, type LiveEvent, type LiveState } from './liveStateReducer';

/** Events kept to replay onto a state read again (the read may be older than events already shown). */
const REPLAY_MAX = 500;

/** The state read, with every event received after its sequence applied; `resync` when one could not be. */
function replay(read: LiveState, events: readonly LiveEvent[], viewerId: string | null): { state: LiveState; resync: boolean } {
  let state = read;
  let resync = false;
  for (const event of events) {
    if (event.sequence <= read.sequence) continue;
    const reduced = reduceLiveState(state, event, viewerId);
    state = reduced.state;
    resync ||= reduced.resync;
  }
  return { state, resync };
}

/**
 * The live view's state: `meeting(id) { liveState }` read once, then `meetingEvent(after: its sequence)` applied
 * event by event. After a dropped socket the subscription resumes after the last sequence received (the server
 * replays what was missed, once). An event the reducer cannot apply (an agenda saved, a kind it does not know)
 * reads the state again; the events received after that read's sequence are replayed onto it, so nothing shows
 * twice or goes missing. It is the page's only subscription: its sections (the outcome panels) listen to `events`.
 */
export function useMeetingLive(id: string) {
  const { data, error, refetch } = useQuery(MeetingLiveQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const viewerId = data?.viewer?.id ?? null;
  const liveState = data?.meeting?.liveState;
  const read = useMemo(() => (liveState ? getFragmentData(MeetingLiveStateFragment, liveState) : null), [liveState]);
  const [received, setReceived] = useState<readonly LiveEvent[]>([]);
  const [liveError, setLiveError] = useState(false);
  // The first read's sequence starts the stream; later reads must not restart it (adjusted during render).
  const [after, setAfter] = useState<number | null>(null);
  if (read && after === null) setAfter(read.sequence);
  // Made once, when the stream's start is known (`after` is set once).
  const events = useMemo(() => (after === null ? null : new MeetingEventSource<LiveEvent>(after)), [after]);
  const last = useRef<number | null>(null);
  const [context] = useState<ResumeContext>(() => ({ resumeAfter: () => last.current }));

  const { state, resync } = useMemo(
    () => (read ? replay(read, received, viewerId) : { state: null, resync: false }),
    [read, received, viewerId],
  );

  useEffect(() => {
    if (!resync) return undefined;
    // A burst of such events reads once.
    const timer = window.setTimeout(() => void refetch(), 150);
    return () => window.clearTimeout(timer);
  }, [resync, refetch]);

  useSubscription(MeetingLiveEvents, {
    variables: { meetingId: id, after },
    skip: after === null,
    context,
    onError: () => setLiveError(true),
    onData: ({ data: result }) => {
      const event = result.data?.meetingEvent;
      if (!event) return;
      last.current = event.sequence;
      setReceived((kept) => [...kept, event].slice(-REPLAY_MAX));
      events?.emit(event);
    },
  });

  return { data, state, events, error, liveError, refetch, viewerId };
}
