import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../account/useViewer';

/** For signed-in members: coordinators add an organisation, others propose one (the form says which). */
export function AddOrganisationLink() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Button component={Link} to="/organisations/new" variant="light" w="fit-content">
      {t('upkeep.create.title')}
    </Button>
  );
}
