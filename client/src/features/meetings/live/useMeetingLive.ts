import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getFragmentData } from '../../../gql';
import type { ResumeContext } from '../../../ui/useLiveConnection';
import { MeetingLiveEvents, MeetingLiveQuery, MeetingLiveStateFragment } from './meetingLiveDocuments';
import { reduceLiveState, type LiveEvent, type LiveState } from './liveStateReducer';

/** Events kept to replay onto a state read again (the read may be older than events already shown). */
const REPLAY_MAX = 500;

/**
 * The live view's state: `meeting(id) { liveState }` read once, then `meetingEvent(after: its sequence)` applied
 * event by event. After a dropped socket the subscription resumes after the last sequence received (the server
 * replays what was missed, once). An event the reducer cannot apply (an agenda saved, a kind it does not know)
 * reads the state again; events received meanwhile are replayed onto it, so nothing shows twice or goes missing.
 */
export function useMeetingLive(id: string) {
  const { data, error, refetch } = useQuery(MeetingLiveQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const viewerId = data?.viewer?.id ?? null;
  const read = data?.meeting?.liveState ? getFragmentData(MeetingLiveStateFragment, data.meeting.liveState) : null;
  const [state, setState] = useState<LiveState | null>(null);
  const [liveError, setLiveError] = useState(false);
  const received = useRef<LiveEvent[]>([]);
  const last = useRef<number | null>(null);
  const resyncTimer = useRef<number | null>(null);
  // The first read's sequence starts the stream; later reads must not restart it.
  const [after, setAfter] = useState<number | null>(null);
  const [context] = useState<ResumeContext>(() => ({ resumeAfter: () => last.current }));

  const resync = useCallback(() => {
    if (resyncTimer.current !== null) return;
    resyncTimer.current = window.setTimeout(() => {
      resyncTimer.current = null;
      void refetch();
    }, 150);
  }, [refetch]);
  useEffect(() => () => void (resyncTimer.current !== null && window.clearTimeout(resyncTimer.current)), []);

  // A state read (first, again, or a mutation's answer): the events received since, replayed onto it.
  useEffect(() => {
    if (!read) return;
    setAfter((current) => current ?? read.sequence);
    let base = read;
    for (const event of received.current) {
      const reduced = reduceLiveState(base, event, viewerId);
      base = reduced.state;
      if (reduced.resync && event.sequence > read.sequence) resync();
    }
    setState((shown) => (shown && shown.meetingId === base.meetingId && shown.sequence > base.sequence ? shown : base));
  }, [read, viewerId, resync]);

  useSubscription(MeetingLiveEvents, {
    variables: { meetingId: id, after },
    skip: after === null,
    context,
    onError: () => setLiveError(true),
    onData: ({ data: result }) => {
      const event = result.data?.meetingEvent;
      if (!event) return;
      last.current = event.sequence;
      received.current = [...received.current, event].slice(-REPLAY_MAX);
      setState((shown) => {
        if (!shown) return shown;
        const reduced = reduceLiveState(shown, event, viewerId);
        if (reduced.resync) resync();
        return reduced.state;
      });
    },
  });

  return { data, state, error, liveError, refetch, viewerId };
}
