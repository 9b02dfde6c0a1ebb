import { useParams } from 'react-router';
import { Stack } from '@mantine/core';
import { OrganisationProfile } from '../features/organisations/OrganisationProfile';
import { OrganisationFreshness } from '../features/upkeep/OrganisationFreshness';

export function Organisation() {
  const { id = '' } = useParams();
  // Keyed by id: moving between organisations starts from a clean state.
  return (
    <Stack gap="md" key={id}>
      <OrganisationProfile id={id} />
      <OrganisationFreshness id={id} />
    </Stack>
  );
}
