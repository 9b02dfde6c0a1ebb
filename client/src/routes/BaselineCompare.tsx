import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { BaselineComparePage } from '../features/baseline/BaselineComparePage';
import { useBaselineStrings } from '../features/baseline/baselineStrings';

/** /m/:id/baseline */
export function BaselineCompare() {
  useBaselineStrings();
  const { t } = useTranslation('baseline');
  const { id = '' } = useParams();
  return <RequireViewer signInMessage={t('signIn')}>{() => <BaselineComparePage key={id} municipalityId={id} />}</RequireViewer>;
}
