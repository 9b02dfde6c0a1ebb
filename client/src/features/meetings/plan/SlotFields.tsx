import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../../ui/useFormat';
import { formatMeetingRange } from '../meetingRange';
import type { WallSlot } from './planDraft';
import { instantOfWallTime } from './zonedTime';

interface SlotFieldsProps {
  /** "Slot 2", or the meeting's time. */
  legend: string;
  slot: WallSlot;
  timeZone: string;
  onChange: (slot: WallSlot) => void;
  startError?: string;
  endError?: string;
  onRemove?: () => void;
}

/** Start and end as the meeting zone's wall clock, with the same time in the reader's own zone beneath. */
export function SlotFields({ legend, slot, timeZone, onChange, startError, endError, onRemove }: SlotFieldsProps) {
  const { t, i18n } = useTranslation();
  const start = instantOfWallTime(slot.start, timeZone);
  const end = instantOfWallTime(slot.end, timeZone);
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  return (
    <Paper component="fieldset" withBorder p="sm" style={{ minWidth: 0 }}>
      <Text component="legend" fw={600} px={4}>
        {legend}
      </Text>
      <Stack gap="xs">
        <Group grow preventGrowOverflow={false} align="flex-start">
          <TextInput
            type="datetime-local"
            label={t('meetings.plan.starts', { zone: timeZone })}
            value={slot.start}
            onChange={(event) => onChange({ ...slot, start: event.currentTarget.value })}
            error={startError}
            miw={200}
          />
          <TextInput
            type="datetime-local"
            label={t('meetings.plan.ends', { zone: timeZone })}
            value={slot.end}
            onChange={(event) => onChange({ ...slot, end: event.currentTarget.value })}
            error={endError}
            miw={200}
          />
        </Group>
        {start && (
          <Text size="sm" c="dimmed">
            {t('meetings.time.local', { range: formatMeetingRange(locale, start.toISOString(), end?.toISOString()) })}
          </Text>
        )}
        {onRemove && (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={onRemove}>
              {t('meetings.plan.removeSlot', { slot: legend })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
