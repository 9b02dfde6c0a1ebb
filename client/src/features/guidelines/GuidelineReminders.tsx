import { useQuery } from '@apollo/client/react';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { GuidelineRemindersQuery } from './dashboardDocuments';
import { useGuidelineStrings } from './guidelineStrings';

/**
 * The contact point's reminder on the home page: action points not reviewed for 12 months. Nothing at all for
 * members who are no contact point, or when every point was reviewed (and nothing while it loads or fails: a reminder
 * is not worth an error box on the home page).
 */
export function GuidelineReminders() {
  useGuidelineStrings();
  const { t } = useTranslation('guidelines');
  const format = useFormat();
  const { data } = useQuery(GuidelineRemindersQuery);
  const reminders = data?.guidelineReminders ?? [];
  if (reminders.length === 0) return null;
  return (
    <Section id="guideline-reminders" title={t('reminders.title')}>
      <Text size="sm">{t('reminders.intro')}</Text>
      <List spacing={4} size="sm">
        {reminders.map((reminder) => (
          <List.Item key={reminder.id}>
            <Anchor
              component={Link}
              to={`/m/${reminder.municipality.id}#municipality-guidelines`}
              aria-label={`${reminder.municipality.name} · ${reminder.actionPoint.key}: ${t('reminders.open', { municipality: reminder.municipality.name })}`}
            >
              {reminder.municipality.name} · {reminder.actionPoint.key}
            </Anchor>{' '}
            {reminder.actionPoint.label} (
            {reminder.reviewedAt ? t('reminders.since', { date: format.dateTime(reminder.reviewedAt) }) : t('reminders.never')})
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
