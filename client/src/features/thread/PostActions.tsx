import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PostCard_PostFragment } from '../../gql/graphql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { FlagForm } from './FlagForm';
import { PostHistory } from './PostHistory';
import { DeletePostMutation } from './postDocuments';

const ModeratePostMutation = graphql(`
  mutation ThreadModeratePost($postId: ID!, $action: PostModeration!) {
    moderatePost(postId: $postId, action: $action) {
      id
      ...PostCard_post
    }
  }
`);

/** What the thread lets the reader do with any post (from the thread's `viewerCan`), and where the reply box is. */
export interface ThreadActions {
  canReply: boolean;
  canMarkSolved: boolean;
  onReply: (post: { id: string; position: number; authorName: string }) => void;
  onQuote: (post: { id: string; authorName: string; text: string }) => void;
  onMarkSolved: (postId: string | null) => Promise<void>;
}

interface PostActionsProps {
  post: PostCard_PostFragment;
  solved: boolean;
  actions: ThreadActions;
  onEdit: () => void;
}

/** The post's text as plain text, for a quote: a reader who is not its author has only the rendered HTML. */
function plainText(post: PostCard_PostFragment): string {
  if (post.source !== null) return post.source;
  return new DOMParser().parseFromString(post.html ?? '', 'text/html').body.textContent ?? '';
}

export function PostActions({ post, solved, actions, onEdit }: PostActionsProps) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const [deletePost] = useMutation(DeletePostMutation);
  const [moderate] = useMutation(ModeratePostMutation);
  const [panel, setPanel] = useState<'flag' | 'history' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const present = !post.removed && !post.purged && post.html !== null;
  const authorName = post.author.former ? t('author.former') : post.author.name;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <>
      <Group gap={6}>
        {actions.canReply && present && (
          <Button size="compact-xs" variant="subtle" onClick={() => actions.onReply({ id: post.id, position: post.position, authorName })}>
            {t('actions.reply')}
          </Button>
        )}
        {actions.canReply && present && (
          <Button size="compact-xs" variant="subtle" onClick={() => actions.onQuote({ id: post.id, authorName, text: plainText(post) })}>
            {t('actions.quote')}
          </Button>
        )}
        {post.viewerCan.edit && post.source !== null && (
          <Button size="compact-xs" variant="subtle" onClick={onEdit}>
            {t('actions.edit')}
          </Button>
        )}
        {post.viewerCan.delete && !post.removed && (
          <ConfirmButton
            size="compact-xs"
            variant="subtle"
            color="red"
            // Subtle red text at the default shade is below 4.5:1 on white.
            c="red.9"
            label={t('actions.delete')}
            question={t('actions.deleteQuestion')}
            confirmLabel={t('actions.delete')}
            onConfirm={() => run(() => deletePost({ variables: { id: post.id } }))}
          />
        )}
        {actions.canMarkSolved && post.position > 1 && present && (
          <Button size="compact-xs" variant="subtle" onClick={() => void run(() => actions.onMarkSolved(solved ? null : post.id))}>
            {solved ? t('actions.unmarkSolved') : t('actions.markSolved')}
          </Button>
        )}
        {post.viewerCan.moderate && !post.removed && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => void run(() => moderate({ variables: { postId: post.id, action: post.hidden ? 'UNHIDE' : 'HIDE' } }))}
          >
            {post.hidden ? t('actions.unhide') : t('actions.hide')}
          </Button>
        )}
        {post.viewerCan.flag && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-expanded={panel === 'flag'}
            onClick={() => setPanel(panel === 'flag' ? null : 'flag')}
          >
            {t('actions.flag')}
          </Button>
        )}
        {post.viewerCan.seeHistory && post.edited && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-expanded={panel === 'history'}
            onClick={() => setPanel(panel === 'history' ? null : 'history')}
          >
            {t('actions.history')}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
      {panel === 'flag' && <FlagForm postId={post.id} onDone={() => setPanel(null)} />}
      {panel === 'history' && <PostHistory threadId={post.threadId} position={post.position} />}
    </>
  );
}
