import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CostScenarioPage } from '../features/costs/CostScenarioPage';
import { useCostStrings } from '../features/costs/costStrings';

export function CostScenario() {
  useCostStrings();
  const { t } = useTranslation('costs');
  return (
    <Stack gap="lg">
      <RequireViewer signInMessage={t('signIn')}>{() => <CostScenarioPage />}</RequireViewer>
    </Stack>
  );
}
