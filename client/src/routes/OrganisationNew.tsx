import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { CreateOrganisationForm } from '../features/upkeep/CreateOrganisationForm';
import { PageHeader } from '../ui/PageHeader';

export function OrganisationNew() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('upkeep.create.title')} intro={t('upkeep.create.intro')} />
      <RequireViewer signInMessage={t('upkeep.create.signIn')}>{(viewer) => <CreateOrganisationForm viewer={viewer} />}</RequireViewer>
    </Stack>
  );
}
