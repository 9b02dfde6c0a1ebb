import { useMutation } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, Paper, Progress, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { PollsPanel_PollFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { PanelSection } from './PanelSection';
import { ClosePollMutation, OpenPollMutation, PollsPanelPollFragment, VotePollMutation } from './outcomeDocuments';
import { PollForm } from './PollForm';
import { useOutcomeAction } from './useOutcomeAction';

interface PollsPanelProps {
  meetingId: string;
  polls: readonly FragmentType<typeof PollsPanelPollFragment>[];
  canRun: boolean;
  canVote: boolean;
}

/** Live polls: results as they come in (counts only for anonymous polls), a ballot for participants, controls for hosts. */
export function PollsPanel({ meetingId, polls, canRun, canVote }: PollsPanelProps) {
  const { t } = useTranslation();
  return (
    <PanelSection id="meeting-polls" title={t('outcomes.polls.title')}>
      {polls.length === 0 && <Text>{t('outcomes.polls.empty')}</Text>}
      {polls.map((poll) => (
        <PollCard key={getFragmentData(PollsPanelPollFragment, poll).id} poll={poll} canRun={canRun} canVote={canVote} />
      ))}
      {canRun && <PollForm meetingId={meetingId} />}
    </PanelSection>
  );
}

function PollCard({
  poll: ref,
  canRun,
  canVote,
}: {
  poll: FragmentType<typeof PollsPanelPollFragment>;
  canRun: boolean;
  canVote: boolean;
}) {
  const { t } = useTranslation();
  const poll = getFragmentData(PollsPanelPollFragment, ref);
  const [open] = useMutation(OpenPollMutation);
  const [close] = useMutation(ClosePollMutation);
  const control = useOutcomeAction(async (to: 'OPEN' | 'CLOSED') => {
    await (to === 'OPEN' ? open : close)({ variables: { id: poll.id } });
  });
  const titleId = `poll-${poll.id}`;
  const voted = poll.viewerChoice.length > 0;
  const most = Math.max(1, poll.voterCount);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4} size="h5" id={titleId}>
            {poll.question}
          </Title>
          <Group gap={4}>
            <Badge variant="light">{t(`outcomes.polls.status.${poll.status}`)}</Badge>
            <Badge variant="outline">{t(poll.multiple ? 'outcomes.polls.multiple' : 'outcomes.polls.single')}</Badge>
            <Badge variant="outline">{t(poll.anonymous ? 'outcomes.polls.anonymous' : 'outcomes.polls.named')}</Badge>
          </Group>
        </Group>
        {poll.status !== 'DRAFT' && (
          // Announced as it changes, so a screen-reader user hears the result move without leaving the ballot.
          <Stack gap={6} aria-live="polite" data-testid="poll-results">
            <Text size="sm">{t('outcomes.polls.voters', { count: poll.voterCount })}</Text>
            {poll.options.map((option) => (
              <Stack key={option.id} gap={2}>
                <Text size="sm">
                  {t('outcomes.polls.optionVotes', { label: option.label, count: option.votes })}
                  {poll.viewerChoice.includes(option.id) && ` · ${t('outcomes.polls.yourChoice')}`}
                </Text>
                <Progress value={(option.votes / most) * 100} aria-hidden size="sm" />
              </Stack>
            ))}
          </Stack>
        )}
        {poll.status === 'OPEN' && canVote && !voted && <Ballot poll={poll} />}
        {voted && poll.status === 'OPEN' && <Text size="sm">{t('outcomes.polls.voted')}</Text>}
        {!poll.anonymous && poll.voters.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('outcomes.polls.who')}:{' '}
            {poll.voters
              .map((voter) => `${voter.name} (${voter.optionIds.map((id) => poll.options.find((o) => o.id === id)?.label).join(', ')})`)
              .join('; ')}
          </Text>
        )}
        {canRun && poll.status !== 'CLOSED' && (
          <Group>
            <Button
              variant="light"
              loading={control.pending}
              onClick={() => void control.submit(poll.status === 'DRAFT' ? 'OPEN' : 'CLOSED')}
            >
              {t(poll.status === 'DRAFT' ? 'outcomes.polls.open' : 'outcomes.polls.close')}
            </Button>
          </Group>
        )}
        {control.message && <FormAlert kind="error">{control.message}</FormAlert>}
      </Stack>
    </Paper>
  );
}

function Ballot({ poll }: { poll: PollsPanel_PollFragment }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string[]>([]);
  const [vote] = useMutation(VotePollMutation);
  const form = useOutcomeAction(async () => {
    await vote({ variables: { input: { pollId: poll.id, optionIds: choice } } });
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (choice.length > 0) void form.submit();
  };
  const options = poll.options.map((option) => ({ value: option.id, label: option.label }));
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        {poll.multiple ? (
          <Checkbox.Group label={t('outcomes.polls.choose')} value={choice} onChange={setChoice}>
            <Stack gap={6} mt="xs">
              {options.map((option) => (
                <Checkbox key={option.value} {...option} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Radio.Group label={t('outcomes.polls.choose')} value={choice[0] ?? ''} onChange={(value) => setChoice([value])}>
            <Stack gap={6} mt="xs">
              {options.map((option) => (
                <Radio key={option.value} {...option} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group>
          <Button type="submit" loading={form.pending} disabled={choice.length === 0}>
            {t('outcomes.polls.vote')}
          </Button>
        </Group>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
      </Stack>
    </form>
  );
}
