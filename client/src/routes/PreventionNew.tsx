import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { NewPreventionPage } from '../features/prevention/PreventionEditorPage';
import { usePreventionStrings } from '../features/prevention/preventionStrings';

export function PreventionNew() {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  return (
    <Stack gap="lg">
      <RequireViewer signInMessage={t('signIn')}>{() => <NewPreventionPage />}</RequireViewer>
    </Stack>
  );
}
