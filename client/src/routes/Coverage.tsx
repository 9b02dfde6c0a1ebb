import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../app/mapStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { CoverageView } from '../features/coverage/CoverageView';
import { PageHeader } from '../ui/PageHeader';

export function Coverage() {
  useMapStrings();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('coverage.title')} intro={t('coverage.intro')} />
      {/* The server decides (viewer.can.seeCoverage only hides the link); its FORBIDDEN becomes a plain message. */}
      <RequireViewer signInMessage={t('coverage.signIn')}>{() => <CoverageView />}</RequireViewer>
    </Stack>
  );
}
