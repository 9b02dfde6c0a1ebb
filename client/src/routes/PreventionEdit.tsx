import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { EditPreventionPage } from '../features/prevention/PreventionEditorPage';
import { usePreventionStrings } from '../features/prevention/preventionStrings';

export function PreventionEdit() {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <RequireViewer signInMessage={t('signIn')}>{() => <EditPreventionPage key={id} id={id} />}</RequireViewer>
    </Stack>
  );
}
