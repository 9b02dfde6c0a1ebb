import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from '../../../gql';

export const DatePollEventsSubscription = graphql(`
  subscription MeetingDatePollEvents($meetingId: ID!) {
    meetingEvent(meetingId: $meetingId) {
      __typename
      sequence
      kind
    }
  }
`);

/** How long answers arriving together gather before the one read they need. */
export const DATE_POLL_READ_DELAY_MS = 300;

/** What the poll page shows changes with these: new slots or answers, a pick elsewhere, a new time or status. */
const POLL_EVENTS: ReadonlySet<string> = new Set(['MeetingDatePollChanged', 'MeetingStatusChanged', 'MeetingDetailsChanged']);

/**
 * Keeps a host's date poll current while invitees answer: the meeting's stream says the poll changed (never who
 * answered what), and the page reads its totals again, once for answers that arrive together. Other events of
 * the meeting are not the poll's.
 */
export function useDatePollLive(meetingId: string, enabled: boolean, read: () => unknown) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
  }, [read]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(DatePollEventsSubscription, {
    variables: { meetingId },
    skip: !enabled,
    onData: ({ data: { data } }) => {
      const event = data?.meetingEvent;
      if (!event || !POLL_EVENTS.has(event.__typename) || timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        latestRead.current();
      }, DATE_POLL_READ_DELAY_MS);
    },
  });
}
