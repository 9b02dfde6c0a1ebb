import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CostWorkbench } from '../features/costs/CostWorkbench';
import { useCostStrings } from '../features/costs/costStrings';
import { PageHeader } from '../ui/PageHeader';

export function Costs() {
  useCostStrings();
  const { t } = useTranslation('costs');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      <RequireViewer signInMessage={t('signIn')}>{() => <CostWorkbench />}</RequireViewer>
    </Stack>
  );
}
