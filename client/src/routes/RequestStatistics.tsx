import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { RequestStatistics as Statistics } from '../features/counterpart-requests/RequestStatistics';
import { useRequestStrings } from '../features/counterpart-requests/requestStrings';
import { PageHeader } from '../ui/PageHeader';

export function RequestStatistics() {
  useRequestStrings();
  const { t } = useTranslation('requests');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/requests">
        {t('statistics.back')}
      </Anchor>
      <PageHeader title={t('statistics.title')} intro={t('statistics.intro')} />
      <RequireViewer signInMessage={t('statistics.signIn')}>{() => <Statistics />}</RequireViewer>
    </Stack>
  );
}
