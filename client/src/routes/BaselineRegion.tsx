import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { BaselineRegionPage } from '../features/baseline/BaselineRegionPage';
import { useBaselineStrings } from '../features/baseline/baselineStrings';

/** /baseline/compare */
export function BaselineRegion() {
  useBaselineStrings();
  const { t } = useTranslation('baseline');
  return <RequireViewer signInMessage={t('signIn')}>{() => <BaselineRegionPage />}</RequireViewer>;
}
