import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { RequestForm } from '../features/counterpart-requests/RequestForm';
import { useRequestStrings } from '../features/counterpart-requests/requestStrings';
import { DocumentTitle } from '../ui/DocumentTitle';

export function RequestNew() {
  useRequestStrings();
  const { t } = useTranslation('requests');
  const [params] = useSearchParams();
  return (
    <Stack gap="lg">
      <DocumentTitle page={t('new')} />
      <RequireViewer signInMessage={t('signIn')}>{() => <RequestForm municipalityId={params.get('municipality')} />}</RequireViewer>
    </Stack>
  );
}
