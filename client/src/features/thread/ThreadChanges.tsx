import type { Reference } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { Alert, Anchor } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ResumeContext } from '../../ui/useLiveConnection';
import { ThreadQuery } from './threadDocuments';

/**
 * A changed post carries the fields its card renders, so the normalised cache updates it on screen by itself:
 * reactions with the reader's own (`mine`), and what the reader may now do with it (a hidden post takes no
 * reactions). A thread's new state carries what the reader may now do in it (a lock takes the reply box away).
 */
export const ThreadPageChanges = graphql(`
  subscription ThreadPageChanges($threadId: ID!, $after: String) {
    threadChanged(threadId: $threadId, after: $after) {
      __typename
      ... on PostChanged {
        cursor
        post {
          id
          edited
          editedAt
          hidden
          removed
          purged
          html
          source
          version
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
      }
      ... on ThreadStateChanged {
        cursor
        thread {
          id
          forumId
          title
          tags
          pinned
          locked
          closed
          solvedPostId
          viewerCan {
            reply
            markSolved
            moderate
          }
        }
      }
      ... on ThreadMerged {
        cursor
        threadId
        targetThreadId
      }
    }
  }
`);

/**
 * Keeps the thread page current with edits, hides, removals and moderation (`threadChanged`), from the page's
 * `changesCursor` on; after a dropped socket it resumes after the last change received (app/resumableWsLink).
 * A merged thread shows where its posts went.
 */
export function ThreadChanges({ threadId, changesCursor }: { threadId: string; changesCursor: string }) {
  const { t } = useTranslation('thread');
  const cursor = useRef<string | null>(null);
  // The page's cursor when it was first read: a later refetch must not restart the stream.
  const [after] = useState(changesCursor);
  const [context] = useState<ResumeContext>(() => ({ resumeAfter: () => cursor.current }));
  const [mergedInto, setMergedInto] = useState<string | null>(null);
  useSubscription(ThreadPageChanges, {
    variables: { threadId, after },
    context,
    onData: ({ client, data }) => {
      const change = data.data?.threadChanged;
      if (!change) return;
      cursor.current = change.cursor;
      if (change.__typename === 'ThreadMerged') setMergedInto(change.targetThreadId);
      if (change.__typename === 'ThreadStateChanged') {
        // The live payload is a `Thread`; the page shows the same thread as a `ThreadPage`.
        const { id, forumId, title, tags, pinned, locked, closed, solvedPostId, viewerCan } = change.thread;
        const state = { title, tags, pinned, locked, closed, solvedPostId, viewerCan };
        let moved = false;
        client.cache.modify<{ forum: Reference }>({
          id: client.cache.identify({ __typename: 'ThreadPage', id }),
          fields: {
            ...Object.fromEntries(Object.entries(state).map(([field, value]) => [field, () => value])),
            forum: (forum, { readField }) => {
              moved = readField('id', forum) !== forumId;
              return forum;
            },
          },
        });
        // Moved to another forum: its breadcrumbs and the reader's rights there come with the page.
        if (moved) void client.refetchQueries({ include: [ThreadQuery] });
      }
    },
  });
  if (!mergedInto) return null;
  return (
    // An alert (Mantine's default role): the page the reader is on no longer takes replies.
    <Alert color="blue">
      {t('mergedNotice')}{' '}
      <Anchor component={Link} to={`/t/${mergedInto}`}>
        {t('mergedLink')}
      </Anchor>
    </Alert>
  );
}
