import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMapStrings } from '../app/mapStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { useViewer } from '../features/account/useViewer';
import { MunicipalityMap } from '../features/map/MunicipalityMap';
import { useCollationWarmUp } from '../ui/intlWarmUp';
import { PageHeader } from '../ui/PageHeader';

export function DirectoryMap() {
  useMapStrings();
  // The map sorts its countries and places by name.
  useCollationWarmUp();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  return (
    <Stack gap="lg">
      <PageHeader title={t('map.title')} intro={viewer === null ? t('map.introAnonymous') : t('map.intro')} />
      {/* Who is reading decides what a marker counts and where it leads (experts are for members). */}
      <RequireViewer visitors>{(reader) => <MunicipalityMap member={reader !== null} />}</RequireViewer>
    </Stack>
  );
}
