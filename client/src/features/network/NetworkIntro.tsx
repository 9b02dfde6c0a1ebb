import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NetworkIntro() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={1}>{t('home.heading')}</Title>
      <Text size="lg">{t('home.intro1')}</Text>
      <Text>{t('home.intro2')}</Text>
    </Stack>
  );
}
