import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CountryHeatMap } from '../features/guidelines/CountryHeatMap';
import { useGuidelineStrings } from '../features/guidelines/guidelineStrings';

export function GuidelineCountry() {
  useGuidelineStrings();
  const { t } = useTranslation('guidelines');
  const { code = '' } = useParams();
  return <RequireViewer signInMessage={t('signIn')}>{() => <CountryHeatMap key={code} countryCode={code.toUpperCase()} />}</RequireViewer>;
}
