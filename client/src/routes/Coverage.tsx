import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../app/mapStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { CoverageView } from '../features/coverage/CoverageView';
import { DocumentTitle } from '../ui/DocumentTitle';

export function Coverage() {
  useMapStrings();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('coverage.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('coverage.title')}</Title>
        <Text>{t('coverage.intro')}</Text>
      </Stack>
      {/* The server decides (viewer.can.seeCoverage only hides the link); its FORBIDDEN becomes a plain message. */}
      <RequireViewer signInMessage={t('coverage.signIn')}>{() => <CoverageView />}</RequireViewer>
    </Stack>
  );
}
