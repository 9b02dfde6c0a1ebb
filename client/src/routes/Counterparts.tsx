import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFinderStrings } from '../app/finderStrings';
import { RequireViewer } from '../features/account/RequireViewer';
import { CounterpartFinder } from '../features/counterparts/CounterpartFinder';
import { PageHeader } from '../ui/PageHeader';

export function Counterparts() {
  useFinderStrings();
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('counterparts.title')} intro={t('counterparts.intro')} />
      {/* Counterparts are experts, and experts are for members (DESIGN §8). */}
      <RequireViewer signInMessage={t('counterparts.signIn')}>{() => <CounterpartFinder />}</RequireViewer>
    </Stack>
  );
}
