import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CostComparisonView } from '../features/costs/CostComparisonView';
import { useCostStrings } from '../features/costs/costStrings';
import { PageHeader } from '../ui/PageHeader';

export function CostComparison() {
  useCostStrings();
  const { t } = useTranslation('costs');
  return (
    <Stack gap="lg">
      <PageHeader title={t('compare.title')} />
      <RequireViewer signInMessage={t('signIn')}>{() => <CostComparisonView />}</RequireViewer>
    </Stack>
  );
}
