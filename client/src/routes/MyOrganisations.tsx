import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { OrganisationList } from '../features/organisations/OrganisationList';
import { PageHeader } from '../ui/PageHeader';

// The same list as the directory, narrowed on the server to what the viewer may edit (the ability table's `edit` row).
const EDITABLE = { editableByMe: true };

export function MyOrganisations() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t('myOrganisations.title')} />
      <RequireViewer signInMessage={t('myOrganisations.signIn')}>
        {() => <OrganisationList filter={EDITABLE} label={t('myOrganisations.listLabel')} emptyMessage={t('myOrganisations.empty')} />}
      </RequireViewer>
    </Stack>
  );
}
