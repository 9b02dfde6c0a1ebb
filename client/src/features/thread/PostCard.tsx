import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../ui/useFormat';
import classes from './PostCard.module.css';
import { EditPostForm } from './EditPostForm';
import { PostActions, type ThreadActions } from './PostActions';
import { PostAuthorLine } from './PostAuthorLine';
import { ReactionBar } from './ReactionBar';

export const PostCardFragment = graphql(`
  fragment PostCard_post on Post {
    id
    position
    threadId
    createdAt
    edited
    editedAt
    hidden
    removed
    purged
    html
    source
    version
    author {
      name
      former
      ...PostAuthor_author
    }
    replyTo {
      id
      position
      author {
        name
        former
      }
    }
    reactions {
      kind
      count
      mine
    }
    viewerCan {
      edit
      delete
      flag
      moderate
      react
      seeHistory
    }
  }
`);

interface PostCardProps {
  post: FragmentType<typeof PostCardFragment>;
  /** The thread's marked answer. */
  solved: boolean;
  actions: ThreadActions;
}

/** One post: who and when, its sanitised text (or the placeholder that keeps its place), reactions and actions. */
export function PostCard({ post: data, solved, actions }: PostCardProps) {
  const { t } = useTranslation('thread');
  const format = useFormat();
  const post = getFragmentData(PostCardFragment, data);
  const [editing, setEditing] = useState(false);
  const headingId = `post-${post.id}-heading`;
  const placeholder = post.purged
    ? t('post.purged')
    : post.removed
      ? t('post.removed')
      : post.hidden && !post.html
        ? t('post.hidden')
        : null;

  return (
    <Paper component="article" id={`post-${post.id}`} aria-labelledby={headingId} withBorder p="sm" className={classes.post} tabIndex={-1}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div id={headingId}>
            <PostAuthorLine author={post.author} />
          </div>
          <Group gap={6}>
            {solved && (
              <Badge color="teal.9" variant="outline">
                {t('post.answer')}
              </Badge>
            )}
            {post.hidden && post.html && <Badge color="gray">{t('post.hiddenForModerators')}</Badge>}
            <Text size="xs" c="dimmed">
              <a href={`#post-${post.id}`} className={classes.permalink}>
                #{post.position}
              </a>{' '}
              · <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
              {post.edited && post.editedAt && (
                <>
                  {' '}
                  · <span title={format.dateTime(post.editedAt)}>{t('post.edited')}</span>
                </>
              )}
            </Text>
          </Group>
        </Group>
        {post.replyTo && (
          <Text size="xs" c="dimmed">
            {t('post.inReplyTo')}{' '}
            <a href={`#post-${post.replyTo.id}`}>
              #{post.replyTo.position} {post.replyTo.author.former ? t('author.former') : post.replyTo.author.name}
            </a>
          </Text>
        )}
        {editing && post.source !== null ? (
          <EditPostForm postId={post.id} source={post.source} version={post.version} onDone={() => setEditing(false)} />
        ) : placeholder ? (
          <Text fs="italic" c="dimmed">
            {placeholder}
          </Text>
        ) : (
          // Rendered and sanitised on the server with an allow-list (server/src/core/content/markdown.ts).
          <div className={classes.body} data-post-body dangerouslySetInnerHTML={{ __html: post.html ?? '' }} />
        )}
        {!placeholder && (post.reactions.length > 0 || post.viewerCan.react) && (
          <ReactionBar postId={post.id} reactions={post.reactions} canReact={post.viewerCan.react} />
        )}
        {!editing && <PostActions post={post} solved={solved} actions={actions} onEdit={() => setEditing(true)} />}
      </Stack>
    </Paper>
  );
}
