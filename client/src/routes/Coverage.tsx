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
      {/* No client-side role check: TF-THB membership is a role assignment the viewer query does not carry; the server decides. */}
      <RequireViewer signInMessage={t('coverage.signIn')}>{() => <CoverageView />}</RequireViewer>
    </Stack>
  );
}
