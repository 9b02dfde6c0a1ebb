import { useParams } from 'react-router';
import { Stack } from '@mantine/core';
import { ExpertProfile } from '../features/experts/ExpertProfile';
import { NetworkRoleSection } from '../features/upkeep/NetworkRoleSection';

export function Expert() {
  const { id = '' } = useParams();
  // Keyed by id: moving between profiles starts from a clean state, not the previous person's.
  return (
    <Stack gap="xl" key={id}>
      <ExpertProfile id={id} />
      <NetworkRoleSection expertId={id} />
    </Stack>
  );
}
