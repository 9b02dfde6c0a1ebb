import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { PreventionCatalogue } from '../features/prevention/PreventionCatalogue';
import { usePreventionStrings } from '../features/prevention/preventionStrings';
import { PageHeader } from '../ui/PageHeader';

export function Prevention() {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      <RequireViewer signInMessage={t('signIn')}>{() => <PreventionCatalogue />}</RequireViewer>
    </Stack>
  );
}
