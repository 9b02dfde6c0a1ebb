import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { ResourceEditPage } from '../features/library/ResourceEditPage';
import { useLibraryStrings } from '../features/library/libraryStrings';
import { PageHeader } from '../ui/PageHeader';

export function LibraryEdit() {
  useLibraryStrings();
  const { t } = useTranslation('library');
  const { id = '' } = useParams();
  return (
    <Stack gap="lg">
      <PageHeader title={t('form.editTitle')} />
      <RequireViewer signInMessage={t('form.editSignIn')}>{() => <ResourceEditPage key={id} id={id} />}</RequireViewer>
    </Stack>
  );
}
