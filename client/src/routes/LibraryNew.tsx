import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequireViewer } from '../features/account/RequireViewer';
import { ResourceForm } from '../features/library/ResourceForm';
import { useLibraryStrings } from '../features/library/libraryStrings';
import { PageHeader } from '../ui/PageHeader';

export function LibraryNew() {
  useLibraryStrings();
  const { t } = useTranslation('library');
  return (
    <Stack gap="lg">
      <PageHeader title={t('form.title')} />
      <RequireViewer signInMessage={t('form.signIn')}>{() => <ResourceForm />}</RequireViewer>
    </Stack>
  );
}
