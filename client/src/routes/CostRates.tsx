import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CostRatesView } from '../features/costs/CostRatesView';
import { useCostStrings } from '../features/costs/costStrings';
import { PageHeader } from '../ui/PageHeader';

export function CostRates() {
  useCostStrings();
  const { t } = useTranslation('costs');
  return (
    <Stack gap="lg">
      <PageHeader title={t('rates.title')} intro={t('rates.intro')} />
      <RequireViewer signInMessage={t('signIn')}>{(viewer) => <CostRatesView canEdit={viewer.can.administer} />}</RequireViewer>
    </Stack>
  );
}
