import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MemberFilter } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
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
  const list = useConnectionQuery(
    MemberListQuery,
    { variables: { filter, first: PAGE_SIZE_DEFAULT }, fetchPolicy: 'cache-and-network' },
    (data) => data.members,
  );
  return (
    <ConnectionList
      label={t('admin.members.listLabel')}
      list={list}
      renderNode={(node) => <MemberRow member={node} />}
      emptyMessage={t('admin.members.empty')}
      onClearFilters={filtersActive ? onClearFilters : undefined}
    />
  );
}
