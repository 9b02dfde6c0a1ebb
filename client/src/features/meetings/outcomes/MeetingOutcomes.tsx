import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOutcomesQuery as MeetingOutcomesData } from '../../../gql/graphql';
import { ListSkeleton } from '../../../ui/ListSkeleton';
import { Section } from '../../../ui/Section';
import { ActionItemsPanel } from './ActionItemsPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { MeetingOutcomeEventsSubscription, MeetingOutcomesQuery, PollTallyFragment } from './outcomeDocuments';
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
        <LiveOutcomes meeting={meeting} onStale={() => void refetch()} />
      )}
    </Section>
  );
}

type Meeting = NonNullable<MeetingOutcomesData['meeting']>;

/**
 * Subscribes from the sequence the first read was current to (kept for the component's life, so a refetch does not
 * resubscribe). A counted vote updates its poll's totals in the cache; anything else reads the outcomes again.
 */
function LiveOutcomes({ meeting, onStale }: { meeting: Meeting; onStale: () => void }) {
  const [after] = useState(meeting.lastEventSequence);
  useSubscription(MeetingOutcomeEventsSubscription, {
    variables: { meetingId: meeting.id, after },
    onData: ({ client, data: { data } }) => {
      const event = data?.meetingEvent;
      if (!event) return;
      if (event.__typename !== 'MeetingVoteCounted') return onStale();
      const id = client.cache.identify({ __typename: 'MeetingPoll', id: event.pollId });
      client.cache.updateFragment({ id, fragment: PollTallyFragment }, (poll) =>
        poll
          ? {
              ...poll,
              voterCount: event.voterCount,
              options: poll.options.map((option) => ({
                ...option,
                votes: event.options.find((o) => o.optionId === option.id)?.votes ?? option.votes,
              })),
            }
          : poll,
      );
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
