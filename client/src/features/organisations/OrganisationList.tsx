import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganisationFilter } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ResultList } from '../../ui/ResultList';
import { OrganisationRow } from './OrganisationRow';

export const OrganisationDirectoryQuery = graphql(`
  query OrganisationDirectory($filter: OrganisationFilter, $first: Int!, $after: String) {
    organisations(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...OrganisationRow_organisation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface OrganisationListProps {
  filter: OrganisationFilter;
  filtersActive: boolean;
  onClearFilters: () => void;
}

export function OrganisationList({ filter, filtersActive, onClearFilters }: OrganisationListProps) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(OrganisationDirectoryQuery, {
    variables: { filter, first: PAGE_SIZE_DEFAULT },
  });
  const connection = data?.organisations;

  return (
    <ResultList
      label={t('organisations.listLabel')}
      items={connection?.edges.map(({ node }) => ({
        key: node.id,
        node: <OrganisationRow organisation={node} />,
      }))}
      totalCount={connection?.totalCount ?? 0}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      error={error}
      onRetry={() => void refetch()}
      onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      empty={
        <EmptyState message={t('organisations.empty')}>
          {filtersActive && (
            <Button variant="outline" onClick={onClearFilters}>
              {t('directory.clearFilters')}
            </Button>
          )}
        </EmptyState>
      }
    />
  );
}
