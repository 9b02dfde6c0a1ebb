import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { BaselineReportPage } from '../features/baseline/BaselineReportPage';
import { useBaselineStrings } from '../features/baseline/baselineStrings';

/** /baseline/:country */
export function BaselineReport() {
  useBaselineStrings();
  const { t } = useTranslation('baseline');
  const { country = '' } = useParams();
  return <RequireViewer signInMessage={t('signIn')}>{() => <BaselineReportPage key={country} countryCode={country} />}</RequireViewer>;
}
