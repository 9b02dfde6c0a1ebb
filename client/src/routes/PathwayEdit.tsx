import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { PathwayEditor } from '../features/pathways/PathwayEditor';
import { usePathwayStrings } from '../features/pathways/pathwayStrings';
import { useMunicipality } from '../features/pathways/useMunicipality';
import { ErrorState } from '../ui/ErrorState';
import { NotFoundState } from '../ui/NotFoundState';
import { PageHeader } from '../ui/PageHeader';
import { PageSkeleton } from '../ui/PageSkeleton';

/** /m/:id/pathway/edit (a municipality's) and /pathways/national/:code/edit (a country's). */
export function PathwayEdit() {
  usePathwayStrings();
  const { t } = useTranslation();
  const { id = '', code } = useParams();
  const { municipality, municipalities, error, refetch } = useMunicipality(id);
  if (!municipalities) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  const country = code ? municipalities.find((m) => m.country.code === code.toUpperCase())?.country : municipality?.country;
  if (!country || (!code && !municipality))
    return <NotFoundState title={t('municipality.notFoundTitle')} message={t('municipality.notFoundMessage')} />;
  const place = code ? { countryCode: country.code } : { municipalityId: municipality!.id };
  const name = code ? country.name : municipality!.name;
  return (
    <RequireViewer signInMessage={t('pathway.editor.notAllowed')}>
      {() => (
        <Stack gap="lg">
          <PageHeader title={t('pathway.editor.title', { place: name })} />
          <PathwayEditor
            place={place}
            countryCode={country.code}
            backTo={code ? `/pathways/national/${country.code}` : `/m/${municipality!.id}`}
          />
        </Stack>
      )}
    </RequireViewer>
  );
}
