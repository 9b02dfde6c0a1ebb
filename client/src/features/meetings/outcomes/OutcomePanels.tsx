import { Stack } from '@mantine/core';
import type { MeetingOutcomesQuery as MeetingOutcomesData } from '../../../gql/graphql';
import { ActionItemsPanel } from './ActionItemsPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { PollsPanel } from './PollsPanel';
import { QuestionsPanel } from './QuestionsPanel';

type Meeting = NonNullable<MeetingOutcomesData['meeting']>;

/** Polls, questions, notes and decisions, action items of a meeting, as far as the reader may run or take part. */
export function OutcomePanels({ meeting }: { meeting: Meeting }) {
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
