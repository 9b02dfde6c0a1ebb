import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import { getFragmentData } from '../../gql';
import type { ForumSummary_ForumFragment } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { RelativeTime } from '../../ui/RelativeTime';
import { useCountryName } from '../../ui/useCountryName';
import { useNow } from '../../ui/useNow';
import { ForumSummaryFragment, ForumsQuery } from './forumDocuments';
import { groupForums, type ForumGroup } from './forumGroups';
import classes from './ForumList.module.css';

/** The forums the reader may see, by scope, each with what is new for them. */
export function ForumList() {
  const { t } = useForumsT();
  const countryName = useCountryName();
  const now = useNow();
  const { data, error, refetch } = useQuery(ForumsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton />;
  const forums = data.forums.map((f) => getFragmentData(ForumSummaryFragment, f));
  if (forums.length === 0) return <EmptyState message={t('list.empty')} />;
  const heading = (group: ForumGroup<ForumSummary_ForumFragment>) =>
    group.level === 'NATIONAL'
      ? t('list.national', { country: countryName(group.countryCode) })
      : t(group.level === 'REGIONAL' ? 'list.regional' : 'list.local');
  return (
    <Stack gap="xl">
      {groupForums(forums).map((group) => (
        <section key={group.key} aria-labelledby={`forums-${group.key}`}>
          <Title order={2} size="h3" id={`forums-${group.key}`} mb="sm">
            {heading(group)}
          </Title>
          <Stack component="ul" gap="sm" className={classes.list}>
            {group.forums.map((forum) => (
              <li key={forum.id}>
                <ForumCard forum={forum} now={now} />
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

function ForumCard({ forum, now }: { forum: ForumSummary_ForumFragment; now: number }) {
  const { t } = useForumsT();
  return (
    <Paper withBorder p="md">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/forums/${forum.slug}`} fw={600}>
            {forum.title}
          </Anchor>
          <Badge variant="outline" tt="none" radius="sm" color="gray.8">
            {t(`visibility.${forum.visibility}`)}
          </Badge>
          {forum.municipalityName && (
            <Text size="sm" c="dimmed">
              {forum.municipalityName}
            </Text>
          )}
        </Group>
        {forum.description && <Text size="sm">{forum.description}</Text>}
        <Group gap="md" wrap="wrap">
          <Text size="sm">{t('list.threads', { count: forum.threadCount })}</Text>
          {!!forum.newThreadCount && (
            <Text size="sm" fw={600}>
              {t('list.newSinceVisit', { count: forum.newThreadCount })}
            </Text>
          )}
          {!!forum.unreadCount && (
            <Text size="sm" fw={600}>
              {t('list.unread', { count: forum.unreadCount })}
            </Text>
          )}
          {forum.lastPostAt && (
            <Text size="sm" c="dimmed">
              {t('list.lastPost')} <RelativeTime iso={forum.lastPostAt} now={now} />
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
