import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AuditFilter } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useFormat } from '../../ui/useFormat';
import classes from './AuditLog.module.css';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int!, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          occurredAt
          action
          summary
          subjectType
          subjectId
          actorPerson {
            id
            name
            former
          }
          subjectPerson {
            id
            name
            former
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const captionId = 'audit-caption';

export function AuditLog({ filter }: { filter: AuditFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables: { filter, first: PAGE_SIZE_DEFAULT },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const connection = data?.auditEvents;
  const personName = (person: { name: string | null; former: boolean }) =>
    person.former ? t('admin.audit.formerMember') : (person.name ?? t('admin.audit.formerMember'));
  // Actions the page does not know yet (a newer server) show by their name rather than as a missing label.
  const actionLabel = (action: string) => t(`admin.audit.actions.${action}`, { defaultValue: action });
  const subjectLabel = (type: string | null, id: string | null) =>
    type ? `${t(`admin.audit.subjectType.${type}`, { defaultValue: type })}${id ? ` ${id.slice(0, 8)}` : ''}` : '—';

  if (!connection) return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={6} height={32} />;
  if (connection.edges.length === 0) return <EmptyState message={t('admin.audit.empty')} />;

  const loadMore = async () => {
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      {/* Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
      <section className={classes.scroll} aria-labelledby={captionId} tabIndex={0}>
        <Table striped verticalSpacing="xs" className={classes.table}>
          <caption id={captionId} className={classes.caption}>
            {t('admin.audit.caption')}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.audit.when')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.action')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.actor')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.subject')}</Table.Th>
              <Table.Th scope="col">{t('admin.audit.summary')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {connection.edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>
                  <time dateTime={node.occurredAt}>{format.dateTime(node.occurredAt)}</time>
                </Table.Td>
                <Table.Td>{actionLabel(node.action)}</Table.Td>
                <Table.Td>{node.actorPerson ? personName(node.actorPerson) : t('admin.audit.system')}</Table.Td>
                <Table.Td className={classes.subject}>
                  {node.subjectPerson ? personName(node.subjectPerson) : subjectLabel(node.subjectType, node.subjectId)}
                </Table.Td>
                <Table.Td>{node.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      {moreFailed && <ErrorState onRetry={() => void loadMore()} />}
      <Group justify="space-between" gap="sm">
        <Text component="output" size="sm" c="dimmed">
          {t('directory.showing', { shown: connection.edges.length, total: connection.totalCount })}
        </Text>
        {connection.pageInfo.hasNextPage && (
          <Button variant="outline" onClick={() => void loadMore()} loading={loadingMore}>
            {t('directory.loadMore')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
