import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The short "How to join" for the home page and the members-only gates: the full answer is on /join. */
export function HowToJoin({ headingOrder = 2 }: { headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="how-to-join">
      <Title order={headingOrder} id="how-to-join">
        {t('join.title')}
      </Title>
      <Text>{t('join.summary')}</Text>
      <Anchor component={Link} to="/join">
        {t('join.more')}
      </Anchor>
    </Stack>
  );
}
