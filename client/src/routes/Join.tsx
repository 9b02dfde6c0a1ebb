import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JoinContacts } from '../features/joining/JoinContacts';
import { PageHeader } from '../ui/PageHeader';

export function Join() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('join.title')} intro={t('join.summary')} />
      <Text>{t('join.steps')}</Text>
      <Title order={2}>{t('join.contactsTitle')}</Title>
      <Text>{t('join.contactsIntro')}</Text>
      <JoinContacts />
    </Stack>
  );
}
