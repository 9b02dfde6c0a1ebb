import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { ResultList } from './ResultList';
import type { ConnectionQuery } from './useConnectionQuery';

interface ConnectionListProps<TNode extends { id: string }> {
  label: string;
  list: ConnectionQuery<TNode>;
  renderNode: (node: TNode) => ReactNode;
  /** Said when the list loaded empty. */
  emptyMessage: string;
  /** Offered next to the empty message while filters narrow the list. */
  onClearFilters?: () => void;
}

// A filtered directory list: skeleton, error with retry, empty (with a way out of the filters), pages.
export function ConnectionList<TNode extends { id: string }>({
  label,
  list,
  renderNode,
  emptyMessage,
  onClearFilters,
}: ConnectionListProps<TNode>) {
  const { t } = useTranslation();
  const { connection, error, retry, loadMore } = list;
  return (
    <ResultList
      label={label}
      items={connection?.edges.map(({ node }) => ({ key: node.id, node: renderNode(node) }))}
      totalCount={connection?.totalCount ?? 0}
      hasMore={connection?.pageInfo.hasNextPage ?? false}
      error={error}
      onRetry={retry}
      onLoadMore={loadMore}
      empty={
        <EmptyState message={emptyMessage}>
          {onClearFilters && (
            <Button variant="outline" onClick={onClearFilters}>
              {t('directory.clearFilters')}
            </Button>
          )}
        </EmptyState>
      }
    />
  );
}
