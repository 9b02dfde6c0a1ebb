import { Radio, Stack, TextInput } from '@mantine/core';
import { MEETING_FORMATS, MEETING_LINK_MAX, MEETING_VENUE_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import type { PlanStepProps } from './PlanStepProps';

/** Where: in person, online or both; the venue, the link (shown only to those with a seat) and the seats. */
export function WhereStep({ draft, update, problemOf }: PlanStepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('meetings.plan.format')}
        value={draft.format}
        onChange={(value) => {
          const format = MEETING_FORMATS.find((candidate) => candidate === value);
          if (format) update({ format });
        }}
      >
        <Stack gap="xs" mt="xs">
          {MEETING_FORMATS.map((value) => (
            <Radio key={value} value={value} label={t(`meetings.format.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {draft.format !== 'ONLINE' && (
        <TextInput
          label={t('meetings.plan.venue')}
          required
          maxLength={MEETING_VENUE_MAX}
          value={draft.venue}
          onChange={(event) => update({ venue: event.currentTarget.value })}
          error={problemOf('venue')}
        />
      )}
      {draft.format !== 'IN_PERSON' && (
        <TextInput
          type="url"
          label={t('meetings.plan.onlineLink')}
          description={t('meetings.plan.onlineLinkHint')}
          maxLength={MEETING_LINK_MAX}
          value={draft.onlineLink}
          onChange={(event) => update({ onlineLink: event.currentTarget.value })}
          error={problemOf('onlineLink')}
        />
      )}
      <TextInput
        label={t('meetings.plan.capacity')}
        description={t('meetings.plan.capacityHint')}
        inputMode="numeric"
        value={draft.capacity}
        onChange={(event) => update({ capacity: event.currentTarget.value })}
        error={problemOf('capacity')}
      />
    </Stack>
  );
}
