import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import type { ForumPageQuery } from '../../gql/graphql';
import { RelativeTime } from '../../ui/RelativeTime';
import { TagList } from '../../ui/TagList';

export type ThreadRowData = NonNullable<ForumPageQuery['forum']>['threads']['edges'][number]['node'];

/** One thread of a forum's list: its title (to its page), state, tags, replies and last activity. */
export function ThreadRow({ thread, now }: { thread: ThreadRowData; now: number }) {
  const { t } = useForumsT();
  const replies = thread.postCount - 1;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {thread.pinned && (
          <Badge color="blue.9" variant="outline">
            {t('thread.pinned')}
          </Badge>
        )}
        {thread.solvedPostId && (
          <Badge color="teal.9" variant="outline">
            {t('thread.solved')}
          </Badge>
        )}
        {thread.locked && (
          <Badge color="gray.8" variant="outline">
            {t('thread.locked')}
          </Badge>
        )}
        {thread.closed && (
          <Badge color="gray.8" variant="outline">
            {t('thread.closed')}
          </Badge>
        )}
        <Anchor component={Link} to={`/t/${thread.id}`} fw={600}>
          {thread.title}
        </Anchor>
      </Group>
      {thread.tags.length > 0 && <TagList label={t('thread.tags')} tags={thread.tags.map((tag) => ({ key: tag, label: tag }))} />}
      <Group gap="md" wrap="wrap">
        <Text size="sm">{thread.author.name}</Text>
        <Text size="sm">{replies === 0 ? t('thread.noReplies') : t('thread.replies', { count: replies })}</Text>
        {!!thread.unreadCount && (
          <Text size="sm" fw={600}>
            {t('thread.unread', { count: thread.unreadCount })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('thread.lastActivity')} <RelativeTime iso={thread.lastPostAt} now={now} />
        </Text>
      </Group>
    </Stack>
  );
}
