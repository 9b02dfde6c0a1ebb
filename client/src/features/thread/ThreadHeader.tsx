import { Anchor, Badge, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DocumentTitle } from '../../ui/DocumentTitle';
import { TagList } from '../../ui/TagList';
import { useFormat } from '../../ui/useFormat';
import { ThreadControls } from './ThreadControls';

export const ThreadHeaderFragment = graphql(`
  fragment ThreadHeader_thread on ThreadPage {
    id
    title
    tags
    pinned
    locked
    closed
    solvedPostId
    createdAt
    postCount
    watchLevel
    forum {
      id
      slug
      title
    }
    viewerCan {
      moderate
    }
  }
`);

/** The thread's place (breadcrumbs to its forum), title, state, tags, and the reader's and moderators' controls. */
export function ThreadHeader({ thread: data }: { thread: FragmentType<typeof ThreadHeaderFragment> }) {
  const { t } = useTranslation('thread');
  const format = useFormat();
  const thread = getFragmentData(ThreadHeaderFragment, data);
  const states = [
    thread.solvedPostId && { key: 'solved', label: t('state.solved'), color: 'teal.9' },
    thread.pinned && { key: 'pinned', label: t('state.pinned'), color: 'blue.9' },
    thread.locked && { key: 'locked', label: t('state.locked'), color: 'red.9' },
    thread.closed && { key: 'closed', label: t('state.closed'), color: 'gray.9' },
  ].filter((state) => state !== false && state !== null && state !== '');

  return (
    <Stack gap="xs">
      <DocumentTitle page={thread.title} />
      <nav aria-label={t('breadcrumbs')}>
        <Breadcrumbs separator="›">
          <Anchor component={Link} to="/forums" size="sm">
            {t('forums')}
          </Anchor>
          <Anchor component={Link} to={`/forums/${thread.forum.slug}`} size="sm">
            {thread.forum.title}
          </Anchor>
        </Breadcrumbs>
      </nav>
      <Title order={1}>{thread.title}</Title>
      <Group gap="xs">
        {states.map((state) => (
          <Badge key={state.key} color={state.color} variant="outline">
            {state.label}
          </Badge>
        ))}
        <Text size="sm" c="dimmed">
          {t('meta', { count: thread.postCount })} · <time dateTime={thread.createdAt}>{format.dateTime(thread.createdAt)}</time>
        </Text>
      </Group>
      {thread.tags.length > 0 && <TagList label={t('tags')} tags={thread.tags.map((tag) => ({ key: tag, label: tag }))} />}
      <ThreadControls threadId={thread.id} watchLevel={thread.watchLevel ?? null} moderate={thread.viewerCan.moderate} state={thread} />
    </Stack>
  );
}
