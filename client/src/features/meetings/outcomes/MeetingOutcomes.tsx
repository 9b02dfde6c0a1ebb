import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOutcomesQuery as MeetingOutcomesData } from '../../../gql/graphql';
import { ListSkeleton } from '../../../ui/ListSkeleton';
import { Section } from '../../../ui/Section';
import { ActionItemsPanel } from './ActionItemsPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { applyOutcomeEvent } from './outcomeCache';
import { MeetingOutcomeEventsSubscription, MeetingOutcomesQuery } from './outcomeDocuments';
import { OutcomeSync } from './outcomeSync';
import { useOutcomeStrings } from './outcomeStrings';
import { PollsPanel } from './PollsPanel';
import { QuestionsPanel } from './QuestionsPanel';

/**
 * "During the meeting": polls, questions, notes and decisions, action items, kept live by the meeting's event
 * stream. Shown on the meeting page until the live page (meeting-live) takes these panels.
 */
export function MeetingOutcomes({ meetingId }: { meetingId: string }) {
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
        <LiveOutcomes meeting={meeting} read={read} />
      )}
    </Section>
  );
}

type Meeting = NonNullable<MeetingOutcomesData['meeting']>;

/**
 * Subscribes from the sequence the first read was current to (kept for the component's life, so a refetch does not
 * resubscribe). Events change the cached outcomes in place; only those naming something new read again, once per
 * burst (OutcomeSync).
 */
function LiveOutcomes({ meeting, read }: { meeting: Meeting; read: () => Promise<number | null> }) {
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
    return () => current.stop();
  }, [client, meeting.id, hosting]);
  useSubscription(MeetingOutcomeEventsSubscription, {
    variables: { meetingId: meeting.id, after },
    onData: ({ data: { data } }) => {
      if (data?.meetingEvent) sync.current?.receive(data.meetingEvent);
    },
  });
  const can = meeting.viewerCanOutcomes;
  const people = [
    ...meeting.hosts,
    ...meeting.participants.filter((p) => p.status !== 'DECLINED' && !meeting.hosts.some((h) => h.userId === p.userId)),
  ];
  return (
    <Stack gap="xl">
      <PollsPanel meetingId={meeting.id} polls={meeting.polls} canRun={can.run} canVote={can.takePart} />
      <QuestionsPanel meetingId={meeting.id} questions={meeting.questions} canRun={can.run} canAsk={can.takePart} />
      <DecisionsPanel meetingId={meeting.id} notes={meeting.notes} canRun={can.run} />
      <ActionItemsPanel meetingId={meeting.id} items={meeting.actionItems} canRun={can.run} people={people} />
    </Stack>
  );
}
