import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ImplementationMap } from '../features/guidelines/ImplementationMap';
import { RegionProgress } from '../features/guidelines/RegionProgress';
import { useGuidelineStrings } from '../features/guidelines/guidelineStrings';
import { PageHeader } from '../ui/PageHeader';

export function Guidelines() {
  useGuidelineStrings();
  const { t } = useTranslation('guidelines');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      <RequireViewer signInMessage={t('signIn')}>
        {() => (
          <>
            <RegionProgress />
            <ImplementationMap />
          </>
        )}
      </RequireViewer>
    </Stack>
  );
}
