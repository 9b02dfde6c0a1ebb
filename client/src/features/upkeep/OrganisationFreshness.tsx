import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { LastConfirmed } from './LastConfirmed';

const OrganisationFreshnessQuery = graphql(`
  query OrganisationFreshness($id: ID!) {
    organisation(id: $id) {
      id
      status
      lastConfirmedAt
      mergedInto {
        id
        name
      }
    }
  }
`);

// Under an organisation's page: when its record was last confirmed, and whether it closed or merged.
export function OrganisationFreshness({ id }: { id: string }) {
  const { t } = useTranslation();
  const organisation = useQuery(OrganisationFreshnessQuery, { variables: { id } }).data?.organisation;
  if (!organisation) return null;
  return (
    <Stack gap="xs">
      {organisation.status === 'CLOSED' && (
        <Alert color="gray.8" variant="outline">
          {t('upkeep.status.closed')}
        </Alert>
      )}
      {organisation.status === 'MERGED' && (
        <Alert color="gray.8" variant="outline">
          {t('upkeep.status.merged')}{' '}
          {organisation.mergedInto && (
            <Anchor component={Link} to={`/organisations/${organisation.mergedInto.id}`}>
              {organisation.mergedInto.name}
            </Anchor>
          )}
        </Alert>
      )}
      {organisation.status === 'PROPOSED' && (
        <Alert color="yellow.9" variant="outline">
          {t('upkeep.status.proposed')}
        </Alert>
      )}
      <LastConfirmed at={organisation.lastConfirmedAt} />
    </Stack>
  );
}
