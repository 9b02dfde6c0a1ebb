import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PathwayPrint } from '../features/pathways/PathwayPrint';
import { usePathwayStrings } from '../features/pathways/pathwayStrings';
import { useMunicipality } from '../features/pathways/useMunicipality';
import { ErrorState } from '../ui/ErrorState';
import { NotFoundState } from '../ui/NotFoundState';
import { PageSkeleton } from '../ui/PageSkeleton';

/** /m/:id/pathway/print and /pathways/national/:code/print: the one-page view. */
export function PathwayPrintPage() {
  usePathwayStrings();
  const { t } = useTranslation();
  const { id = '', code } = useParams();
  const { municipality, municipalities, error, refetch } = useMunicipality(id);
  if (!municipalities) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const country = code ? municipalities.find((m) => m.country.code === code.toUpperCase())?.country : municipality?.country;
  if (!country || (!code && !municipality))
    return <NotFoundState title={t('municipality.notFoundTitle')} message={t('municipality.notFoundMessage')} />;
  return code ? (
    <PathwayPrint place={{ countryCode: country.code }} placeName={country.name} />
  ) : (
    <PathwayPrint place={{ municipalityId: municipality!.id }} placeName={municipality!.name} />
  );
}
