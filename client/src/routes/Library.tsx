import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { LibraryList } from '../features/library/LibraryList';
import { useLibraryStrings } from '../features/library/libraryStrings';
import { FormAlert } from '../ui/FormAlert';
import { PageHeader } from '../ui/PageHeader';

export function Library() {
  useLibraryStrings();
  const { t } = useTranslation('library');
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} intro={t('intro')} />
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      <RequireViewer visitors>{(viewer) => <LibraryList signedIn={viewer !== null} />}</RequireViewer>
    </Stack>
  );
}
