import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ExpertFilter } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { hasErrorCode } from '../../ui/graphqlError';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
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
  const list = useConnectionQuery(ExpertDirectoryQuery, { variables: { filter, first: PAGE_SIZE_DEFAULT } }, (data) => data.experts);
  // The session ended while the page was open (the route shows this state before asking otherwise).
  if (hasErrorCode(list.error, 'UNAUTHENTICATED')) return <SignInRequired message={t('experts.signIn')} />;
  return (
    <ConnectionList
      label={t('experts.listLabel')}
      list={list}
      renderNode={(node) => <ExpertRow expert={node} />}
      emptyMessage={t('experts.empty')}
      onClearFilters={filtersActive ? onClearFilters : undefined}
    />
  );
}
