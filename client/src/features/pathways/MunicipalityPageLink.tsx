import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePathwayStrings } from './pathwayStrings';
import { useMunicipality } from './useMunicipality';

// Where the directory (or the map, which opens it) is narrowed to one municipality: the way to that municipality's page.
export function MunicipalityPageLink({ municipalityId }: { municipalityId: string | undefined }) {
  usePathwayStrings();
  const { t } = useTranslation();
  // Nothing is asked until the directory is narrowed to a municipality.
  const { municipality } = useMunicipality(municipalityId ?? '', { skip: !municipalityId });
  if (!municipalityId || !municipality) return null;
  return (
    <Anchor component={Link} to={`/m/${municipality.id}`}>
      {t('municipality.page', { municipality: municipality.name })}
    </Anchor>
  );
}
