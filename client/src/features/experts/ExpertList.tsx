import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ExpertFilter } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { hasErrorCode } from '../../ui/graphqlError';
import { ResultList } from '../../ui/ResultList';
import { SignInRequired } from '../auth/SignInRequired';
import { ExpertRow } from './ExpertRow';

export const ExpertDirectoryQuery = graphql(`
  query ExpertDirectory($filter: ExpertFilter, $first: Int!, $after: String) {
    experts(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ExpertRow_expert
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface ExpertListProps {
  filter: ExpertFilter;
  filtersActive: boolean;
  onClearFilters: () => void;
}

export function ExpertList({ filter, filtersActive, onClearFilters }: ExpertListProps) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(ExpertDirectoryQuery, {
    variables: { filter, first: PAGE_SIZE_DEFAULT },
  });
  const connection = data?.experts;

  // The session ended while the page was open (the route shows this state before asking otherwise).
  if (hasErrorCode(error, 'UNAUTHENTICATED')) return <SignInRequired message={t('experts.signIn')} />;
  return (
    <ResultList
      label={t('experts.listLabel')}
      items={connection?.edges.map(({ node }) => ({ key: node.id, node: <ExpertRow expert={node} /> }))}
      totalCount={connection?.totalCount ?? 0}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      error={error}
      onRetry={() => void refetch()}
      onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      empty={
        <EmptyState message={t('experts.empty')}>
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
