import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MemberFilter } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ResultList } from '../../ui/ResultList';
import { MemberRow } from './MemberRow';

export const MemberListQuery = graphql(`
  query MemberList($filter: MemberFilter, $first: Int!, $after: String) {
    members(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...MemberRow_member
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface MemberListProps {
  filter: MemberFilter;
  filtersActive: boolean;
  onClearFilters: () => void;
}

export function MemberList({ filter, filtersActive, onClearFilters }: MemberListProps) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore } = useQuery(MemberListQuery, {
    variables: { filter, first: PAGE_SIZE_DEFAULT },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.members;
  return (
    <ResultList
      label={t('admin.members.listLabel')}
      items={connection?.edges.map(({ node }) => ({ key: node.id, node: <MemberRow member={node} /> }))}
      totalCount={connection?.totalCount ?? 0}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      error={error}
      onRetry={() => void refetch()}
      onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
      empty={
        <EmptyState message={t('admin.members.empty')}>
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
