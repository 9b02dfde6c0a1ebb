import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useMapStrings } from '../app/mapStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { useViewer } from '../features/account/useViewer';
import { MunicipalityMap } from '../features/map/MunicipalityMap';
import { useCollationWarmUp } from '../ui/intlWarmUp';
import { PageHeader } from '../ui/PageHeader';
import { firstPageIntro } from '../ui/shellHead';

export function DirectoryMap() {
  useMapStrings();
  // The map sorts its countries and places by name.
  useCollationWarmUp();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  // Until the reader is known, the words the page was served with, else a member's.
  const intro =
    viewer === undefined ? (firstPageIntro(pathname) ?? t('map.intro')) : viewer === null ? t('map.introAnonymous') : t('map.intro');
  return (
    <Stack gap="lg">
      <PageHeader title={t('map.title')} intro={intro} />
      {/* Who is reading decides what a marker counts and where it leads (experts are for members). */}
      <RequireViewer visitors>{(reader) => <MunicipalityMap member={reader !== null} />}</RequireViewer>
    </Stack>
  );
}
