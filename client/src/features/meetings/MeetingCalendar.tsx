import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { useMutationForm } from '../../ui/useMutationForm';
import { MeetingCreateCalendarFeedMutation } from './meetingDocuments';

/** The meeting's .ics file, and the reader's personal feed address (shown once, when made). */
export function MeetingCalendar({ calendarPath, feedCreatedAt }: { calendarPath: string; feedCreatedAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [createFeed, { data }] = useMutation(MeetingCreateCalendarFeedMutation);
  const form = useMutationForm(() => createFeed());
  const feed = data?.createCalendarFeed;
  return (
    <Section id="meeting-calendar" title={t('meetings.calendar.title')}>
      <Anchor href={calendarPath} download>
        {t('meetings.calendar.ics')}
      </Anchor>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('meetings.calendar.feedIntro')}</Text>
        {feedCreatedAt && !feed && <Text size="sm">{t('meetings.calendar.feedSince', { date: format.dateTime(feedCreatedAt) })}</Text>}
        {feed ? (
          <Stack gap={4}>
            <Text size="sm" id="meeting-feed-label">
              {t('meetings.calendar.newFeed')}
            </Text>
            <Code block>{feed.url}</Code>
          </Stack>
        ) : (
          <Button variant="outline" size="xs" loading={form.pending} onClick={() => void form.submit()}>
            {t('meetings.calendar.createFeed')}
          </Button>
        )}
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
      </Stack>
    </Section>
  );
}
