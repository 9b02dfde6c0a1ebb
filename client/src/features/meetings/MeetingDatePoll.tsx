import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail_MeetingFragment, SlotAnswer } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';
import { MeetingAnswerSlotsMutation } from './meetingDocuments';
import { MeetingTime } from './MeetingTime';

const ANSWERS = ['YES', 'IF_NEED_BE', 'NO'] as const satisfies readonly SlotAnswer[];

/** The open date poll: each proposed time with its tally, and the reader's yes / if need be / no for it. */
export function MeetingDatePoll({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, SlotAnswer>>(() =>
    Object.fromEntries(meeting.dateSlots.flatMap((slot) => (slot.viewerAnswer ? [[slot.id, slot.viewerAnswer]] : []))),
  );
  const [saved, setSaved] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const [answerSlots] = useMutation(MeetingAnswerSlotsMutation);
  const form = useMutationForm(async () => {
    setSaved(false);
    const list = meeting.dateSlots.map((slot) => ({ slotId: slot.id, answer: answers[slot.id] ?? 'NO' }));
    await answerSlots({ variables: { input: { meetingId: meeting.id, answers: list } } });
    setSaved(true);
  });
  const canAnswer = meeting.viewerCan.answerDatePoll;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const missing = meeting.dateSlots.some((slot) => !answers[slot.id]);
    setIncomplete(missing);
    if (!missing) void form.submit();
  };

  return (
    <Section id="meeting-date-poll" title={t('meetings.poll.title')}>
      <Text size="sm">{t('meetings.poll.intro')}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {meeting.dateSlots.map((slot, index) => (
            <Paper key={slot.id} withBorder p="sm">
              <Stack gap="xs">
                <Group gap="xs">
                  <Text fw={600}>{t('meetings.poll.slot', { n: index + 1 })}</Text>
                  {slot.best && (
                    <Badge variant="outline" tt="none" color="teal.9">
                      {t('meetings.poll.best')}
                    </Badge>
                  )}
                </Group>
                <MeetingTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={meeting.timeZone} />
                <Text size="sm" c="dimmed">
                  {t('meetings.poll.tally', { yes: slot.yes, ifNeedBe: slot.ifNeedBe, no: slot.no })}
                </Text>
                {canAnswer && (
                  <Radio.Group
                    label={t('meetings.poll.answerFor', { n: index + 1 })}
                    value={answers[slot.id] ?? ''}
                    onChange={(value) => {
                      const answer = ANSWERS.find((candidate) => candidate === value);
                      if (answer) setAnswers({ ...answers, [slot.id]: answer });
                    }}
                  >
                    <Group gap="md">
                      {ANSWERS.map((value) => (
                        <Radio key={value} value={value} label={t(`meetings.poll.${value}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                )}
              </Stack>
            </Paper>
          ))}
          {canAnswer && (
            <Group>
              <Button type="submit" loading={form.pending}>
                {t('meetings.poll.submit')}
              </Button>
            </Group>
          )}
          {incomplete && <FormAlert kind="error">{t('meetings.poll.incomplete')}</FormAlert>}
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          {saved && <FormAlert kind="success">{t('meetings.poll.saved')}</FormAlert>}
        </Stack>
      </form>
    </Section>
  );
}
