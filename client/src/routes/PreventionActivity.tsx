import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { PreventionActivityView } from '../features/prevention/PreventionActivityView';
import { usePreventionStrings } from '../features/prevention/preventionStrings';

export function PreventionActivity() {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('signIn')}>{() => <PreventionActivityView key={id} id={id} />}</RequireViewer>;
}
