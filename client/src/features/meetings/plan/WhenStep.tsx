import { Button, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { MEETING_SLOTS_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import type { PlanStepProps } from './PlanStepProps';
import { zoneOptions } from './planZones';
import { SlotFields } from './SlotFields';
import { readerZone } from './zonedTime';

/** When: a fixed time, or a date poll with proposed slots; either way in the meeting's own IANA zone. */
export function WhenStep({ draft, update, problemOf }: PlanStepProps) {
  const { t } = useTranslation();
  const setSlot = (index: number, slot: (typeof draft.slots)[number]) =>
    update({ slots: draft.slots.map((current, i) => (i === index ? slot : current)) });
  return (
    <Stack gap="md">
      <NativeSelect
        label={t('meetings.plan.timeZone')}
        description={t('meetings.plan.timeZoneHint')}
        value={draft.timeZone}
        data={zoneOptions(readerZone(), draft.timeZone)}
        onChange={(event) => update({ timeZone: event.currentTarget.value })}
        error={problemOf('timeZone')}
      />
      <Radio.Group
        label={t('meetings.plan.whenMode')}
        value={draft.when}
        onChange={(value) => update({ when: value === 'FIXED' ? 'FIXED' : 'POLL' })}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="POLL" label={t('meetings.plan.whenPoll')} />
          <Radio value="FIXED" label={t('meetings.plan.whenFixed')} />
        </Stack>
      </Radio.Group>
      {draft.when === 'FIXED' ? (
        <SlotFields
          legend={t('meetings.plan.fixedLegend')}
          slot={draft.fixed}
          timeZone={draft.timeZone}
          onChange={(fixed) => update({ fixed })}
          startError={problemOf('fixed.start')}
          endError={problemOf('fixed.end')}
        />
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('meetings.plan.slotsIntro')}</Text>
          {draft.slots.map((slot, index) => (
            <SlotFields
              // oxlint-disable-next-line react/no-array-index-key -- slots have no identity until the server gives them one
              key={index}
              legend={t('meetings.poll.slot', { n: index + 1 })}
              slot={slot}
              timeZone={draft.timeZone}
              onChange={(next) => setSlot(index, next)}
              startError={problemOf(`slots.${index}.start`)}
              endError={problemOf(`slots.${index}.end`)}
              onRemove={draft.slots.length > 1 ? () => update({ slots: draft.slots.filter((_, i) => i !== index) }) : undefined}
            />
          ))}
          {problemOf('slots') && (
            <Text c="red.9" size="sm" role="alert">
              {problemOf('slots')}
            </Text>
          )}
          <Group>
            <Button
              variant="light"
              disabled={draft.slots.length >= MEETING_SLOTS_MAX}
              onClick={() => {
                const last = draft.slots.at(-1);
                update({ slots: [...draft.slots, { start: last?.start ?? '', end: last?.end ?? '' }] });
              }}
            >
              {t('meetings.plan.addSlot')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
