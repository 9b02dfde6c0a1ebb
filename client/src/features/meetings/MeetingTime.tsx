import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../ui/useFormat';
import { formatMeetingRange } from './meetingRange';

interface MeetingTimeProps {
  startsAt: string | null | undefined;
  endsAt: string | null | undefined;
  timeZone: string;
}

/** When a meeting is: in the reader's zone, and in the meeting's own zone beside it. */
export function MeetingTime({ startsAt, endsAt, timeZone }: MeetingTimeProps) {
  const { t, i18n } = useTranslation();
  if (!startsAt) return <Text size="sm">{t('meetings.time.undecided')}</Text>;
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  const local = formatMeetingRange(locale, startsAt, endsAt);
  const own = formatMeetingRange(locale, startsAt, endsAt, timeZone);
  return (
    <Stack gap={0}>
      <Text size="sm">
        <time dateTime={startsAt}>{t('meetings.time.local', { range: local })}</time>
      </Text>
      <Text size="sm" c="dimmed">
        {t('meetings.time.meetingZone', { range: own, zone: timeZone })}
      </Text>
    </Stack>
  );
}
