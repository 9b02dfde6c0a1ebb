import { useQuery } from '@apollo/client/react';
import { Code, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/ErrorState';
import { useFormat } from '../../ui/useFormat';
import { PostHistoryQuery } from './postDocuments';

/** Earlier texts of one post, newest first (for its author and the forum's moderators; the server decides). */
export function PostHistory({ threadId, position }: { threadId: string; position: number }) {
  const { t } = useTranslation('thread');
  const format = useFormat();
  // A post's history is read one post at a time: the page of one post at its position.
  const { data, loading, error, refetch } = useQuery(PostHistoryQuery, {
    variables: { threadId, after: position > 1 ? String(position - 1) : null },
    fetchPolicy: 'network-only',
  });
  if (loading) return <Loader size="sm" aria-label={t('history.loading')} />;
  if (error) return <ErrorState onRetry={() => void refetch()} />;
  const revisions = data?.thread?.posts.edges[0]?.node.history ?? [];
  if (revisions.length === 0) return <Text size="sm">{t('history.empty')}</Text>;
  return (
    <Stack component="ol" gap="xs" aria-label={t('history.label')} p={0} m={0} style={{ listStyle: 'none' }}>
      {revisions.map((revision) => (
        <li key={revision.version}>
          <Text size="xs" c="dimmed">
            {t('history.version', { version: revision.version })} ·{' '}
            <time dateTime={revision.createdAt}>{format.dateTime(revision.createdAt)}</time>
          </Text>
          <Code block>{revision.source}</Code>
        </li>
      ))}
    </Stack>
  );
}
