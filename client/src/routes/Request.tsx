import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { RequestPage } from '../features/counterpart-requests/RequestPage';
import { useRequestStrings } from '../features/counterpart-requests/requestStrings';

export function Request() {
  useRequestStrings();
  const { t } = useTranslation('requests');
  return <RequireViewer signInMessage={t('signIn')}>{() => <RequestPage />}</RequireViewer>;
}
