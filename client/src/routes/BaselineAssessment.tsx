import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { BaselineAssessmentPage } from '../features/baseline/BaselineAssessmentPage';
import { useBaselineStrings } from '../features/baseline/baselineStrings';

/** /m/:id/baseline/:year */
export function BaselineAssessment() {
  useBaselineStrings();
  const { t } = useTranslation('baseline');
  const { id = '', year = '' } = useParams();
  return (
    <RequireViewer signInMessage={t('signIn')}>
      {() => <BaselineAssessmentPage key={`${id}:${year}`} municipalityId={id} year={Number(year)} />}
    </RequireViewer>
  );
}
