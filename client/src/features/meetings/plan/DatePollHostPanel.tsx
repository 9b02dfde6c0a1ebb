import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { MEETING_SLOTS_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail_MeetingFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { Section } from '../../../ui/Section';
import { useMutationForm } from '../../../ui/useMutationForm';
import { MeetingTime } from '../MeetingTime';
import { PlanPickSlotMutation, PlanProposeSlotsMutation } from './planDocuments';
import { pollProblems, slotInstants, type Problems, type WallSlot } from './planDraft';
import { SlotFields } from './SlotFields';
import { useProblemOf } from './useProblemOf';
import { wallTimeIn } from './zonedTime';

type Slot = MeetingDetail_MeetingFragment['dateSlots'][number];

/** Best first: fewest "no", then most "yes", then most "if need be", then the earliest. */
export function rankSlots(slots: readonly Slot[]): Slot[] {
  return slots.toSorted((a, b) => a.no - b.no || b.yes - a.yes || b.ifNeedBe - a.ifNeedBe || a.startsAt.localeCompare(b.startsAt));
}

/** For the hosts: the slots ranked with a button to pick one (which schedules the meeting), and new proposals. */
export function DatePollHostPanel({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const [pickSlot] = useMutation(PlanPickSlotMutation);
  const pick = useMutationForm((slotId: string) => pickSlot({ variables: { meetingId: meeting.id, slotId } }));
  const ranked = rankSlots(meeting.dateSlots);
  return (
    <Stack gap="xl">
      {ranked.length > 0 && (
        <Section id="date-poll-best" title={t('meetings.datePoll.bestTitle')}>
          <Text size="sm">{t('meetings.datePoll.bestIntro')}</Text>
          <List listStyleType="none" spacing="sm" aria-label={t('meetings.datePoll.rankedLabel')}>
            {ranked.map((slot) => (
              <List.Item key={slot.id}>
                <Stack gap={4}>
                  <Group gap="xs">
                    {slot.best && (
                      <Badge variant="outline" tt="none" color="teal.9">
                        {t('meetings.poll.best')}
                      </Badge>
                    )}
                    <Text size="sm">{t('meetings.poll.tally', { yes: slot.yes, ifNeedBe: slot.ifNeedBe, no: slot.no })}</Text>
                  </Group>
                  <MeetingTime startsAt={slot.startsAt} endsAt={slot.endsAt} timeZone={meeting.timeZone} />
                  <Group>
                    <Button size="compact-sm" loading={pick.pending} onClick={() => void pick.submit(slot.id)}>
                      {t('meetings.datePoll.pick')}
                    </Button>
                  </Group>
                </Stack>
              </List.Item>
            ))}
          </List>
          {pick.message && <FormAlert kind="error">{pick.message}</FormAlert>}
        </Section>
      )}
      <ProposeSlots meeting={meeting} />
    </Stack>
  );
}

function ProposeSlots({ meeting }: { meeting: MeetingDetail_MeetingFragment }) {
  const { t } = useTranslation();
  const zone = meeting.timeZone;
  const [slots, setSlots] = useState<WallSlot[]>(() =>
    meeting.dateSlots.length > 0
      ? meeting.dateSlots.map((slot) => ({
          start: wallTimeIn(new Date(slot.startsAt), zone),
          end: wallTimeIn(new Date(slot.endsAt), zone),
        }))
      : [{ start: '', end: '' }],
  );
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState(false);
  const [propose] = useMutation(PlanProposeSlotsMutation);
  const form = useMutationForm(async () => {
    setSaved(false);
    await propose({ variables: { input: { meetingId: meeting.id, slots: slots.map((slot) => slotInstants(slot, zone)) } } });
    setSaved(true);
  });
  const problemOf = useProblemOf(problems);
  return (
    <Section id="date-poll-propose" title={t('meetings.datePoll.proposeTitle')}>
      <Text size="sm">{t('meetings.datePoll.proposeIntro', { zone })}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = pollProblems(slots, zone);
          setProblems(found);
          if (Object.keys(found).length === 0) void form.submit();
        }}
      >
        <Stack gap="sm">
          {slots.map((slot, index) => (
            <SlotFields
              // oxlint-disable-next-line react/no-array-index-key -- proposals have no identity until sent
              key={index}
              legend={t('meetings.poll.slot', { n: index + 1 })}
              slot={slot}
              timeZone={zone}
              onChange={(next) => setSlots(slots.map((current, i) => (i === index ? next : current)))}
              startError={problemOf(`slots.${index}.start`)}
              endError={problemOf(`slots.${index}.end`)}
              onRemove={slots.length > 1 ? () => setSlots(slots.filter((_, i) => i !== index)) : undefined}
            />
          ))}
          <Group>
            <Button variant="light" disabled={slots.length >= MEETING_SLOTS_MAX} onClick={() => setSlots([...slots, { ...slots.at(-1)! }])}>
              {t('meetings.plan.addSlot')}
            </Button>
            <Button type="submit" loading={form.pending}>
              {t('meetings.datePoll.proposeSubmit')}
            </Button>
          </Group>
          {meeting.dateSlots.length > 0 && <Text size="sm">{t('meetings.datePoll.replaceWarning')}</Text>}
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          {saved && <FormAlert kind="success">{t('meetings.datePoll.proposed')}</FormAlert>}
        </Stack>
      </form>
    </Section>
  );
}
