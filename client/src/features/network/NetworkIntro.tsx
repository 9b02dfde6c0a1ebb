import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NetworkIntro() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={1}>{t('home.heading')}</Title>
      <Text size="lg">{t('home.intro1')}</Text>
      <Text>{t('home.intro2')}</Text>
      {/* Dissemination: what the network shares publicly, open to every visitor. */}
      <Text>
        <Anchor component={Link} to="/prevention" fw={600}>
          {t('home.prevention')}
        </Anchor>{' '}
        {t('home.preventionHint')}
      </Text>
    </Stack>
  );
}
