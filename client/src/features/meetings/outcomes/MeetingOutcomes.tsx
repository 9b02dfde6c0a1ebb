import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type { MeetingOutcomesQuery as MeetingOutcomesData } from '../../../gql/graphql';
import { ListSkeleton } from '../../../ui/ListSkeleton';
import { Section } from '../../../ui/Section';
import type { LiveEvent } from '../live/liveStateReducer';
import type { MeetingEventSource } from '../live/meetingEventSource';
import { applyOutcomeEvent } from './outcomeCache';
import { MeetingOutcomeEventFragment, MeetingOutcomeEventsSubscription, MeetingOutcomesQuery } from './outcomeDocuments';
import { OutcomeSync } from './outcomeSync';
import { useOutcomeStrings } from './outcomeStrings';

/**
 * "During the meeting": polls, questions, notes and decisions, action items, kept live by the meeting's event
 * stream: on the live page its one stream (`events`), on the meeting page a subscription of their own.
 */
export function MeetingOutcomes({ meetingId, events }: { meetingId: string; events?: MeetingEventSource<LiveEvent> }) {
  useOutcomeStrings();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MeetingOutcomesQuery, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  const read = useCallback(
    () =>
      refetch().then(
        (result) => result.data?.meeting?.lastEventSequence ?? null,
        () => null,
      ),
    [refetch],
  );
  return (
    <Section id="meeting-during" title={t('outcomes.during')}>
      {!meeting ? (
        error ? (
          <Stack gap="xs" align="flex-start">
            <Text>{t('outcomes.loadFailed')}</Text>
            <Button variant="light" onClick={() => void refetch()}>
              {t('outcomes.retry')}
            </Button>
          </Stack>
        ) : (
          <ListSkeleton />
        )
      ) : (
        <LiveOutcomes meeting={meeting} read={read} events={events ?? null} />
      )}
    </Section>
  );
}

type Meeting = NonNullable<MeetingOutcomesData['meeting']>;

// The panels and their forms load with the first outcomes, not with the meeting page: the section sits below the
// meeting's facts, and its forms (number inputs, checkboxes, progress bars…) were ~30 kB gzip of the page's first load.
const OutcomePanels = lazy(async () => ({ default: (await import('./OutcomePanels')).OutcomePanels }));

/**
 * Follows the events after the sequence the first read was current to (kept for the component's life, so a refetch
 * does not resubscribe): from the page's stream when it has one, else from a subscription of its own. Events change
 * the cached outcomes in place; only those naming something new read again, once per burst (OutcomeSync).
 */
function LiveOutcomes({
  meeting,
  read,
  events,
}: {
  meeting: Meeting;
  read: () => Promise<number | null>;
  events: MeetingEventSource<LiveEvent> | null;
}) {
  const [after] = useState(meeting.lastEventSequence);
  const client = useApolloClient();
  const hosting = meeting.viewerCanOutcomes.run;
  const sync = useRef<OutcomeSync | null>(null);
  // The sync keeps its received events for its life: a new `read` function must not start another.
  const latestRead = useRef(read);
  useEffect(() => {
    latestRead.current = read;
  }, [read]);
  useEffect(() => {
    const current = new OutcomeSync({
      apply: (event) => applyOutcomeEvent(client.cache, event, { meetingId: meeting.id, hosting }),
      read: () => latestRead.current(),
    });
    sync.current = current;
    if (!events) return () => current.stop();
    const listening = events.listen(after, (event) => current.receive(getFragmentData(MeetingOutcomeEventFragment, event)));
    // The page's stream started after our read: what came in between is only in a new read.
    if (listening.gap) current.readAgain();
    return () => {
      listening.stop();
      current.stop();
    };
  }, [client, meeting.id, hosting, events, after]);
  useSubscription(MeetingOutcomeEventsSubscription, {
    variables: { meetingId: meeting.id, after },
    skip: events !== null,
    onData: ({ data: { data } }) => {
      if (data?.meetingEvent) sync.current?.receive(getFragmentData(MeetingOutcomeEventFragment, data.meetingEvent));
    },
  });
  return (
    <Suspense fallback={<ListSkeleton />}>
      <OutcomePanels meeting={meeting} />
    </Suspense>
  );
}
