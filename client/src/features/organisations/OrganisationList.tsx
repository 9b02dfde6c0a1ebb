import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { OrganisationFilter } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
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
  filtersActive?: boolean;
  onClearFilters?: () => void;
  /** The list's name and what an empty one says; the directory's own wording unless given. */
  label?: string;
  emptyMessage?: string;
}

export function OrganisationList({ filter, filtersActive = false, onClearFilters, label, emptyMessage }: OrganisationListProps) {
  const { t } = useTranslation();
  const list = useConnectionQuery(
    OrganisationDirectoryQuery,
    { variables: { filter, first: PAGE_SIZE_DEFAULT } },
    (data) => data.organisations,
  );
  return (
    <ConnectionList
      label={label ?? t('organisations.listLabel')}
      list={list}
      renderNode={(node) => <OrganisationRow organisation={node} />}
      emptyMessage={emptyMessage ?? t('organisations.empty')}
      onClearFilters={filtersActive ? onClearFilters : undefined}
    />
  );
}
