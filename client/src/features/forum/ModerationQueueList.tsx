import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { GUARDRAIL_KINDS, type GuardrailKind } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import type { ModerationQueueQuery as Queue } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { RelativeTime } from '../../ui/RelativeTime';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { useNow } from '../../ui/useNow';
import { DismissFlagsMutation, ModeratePostMutation, ModerateThreadMutation, ModerationQueueQuery } from './forumDocuments';
import { ReasonButton } from './ReasonButton';
import classes from './ForumList.module.css';

type Flagged = Queue['moderationQueue'][number];

const isGuardrailKind = (kind: string): kind is GuardrailKind => (GUARDRAIL_KINDS as readonly string[]).includes(kind);

/** Flagged posts of the forums the reader moderates, with what to do about each; every action gives a reason. */
export function ModerationQueueList() {
  const { t } = useForumsT();
  const now = useNow();
  const { data, error, refetch } = useQuery(ModerationQueueQuery, { fetchPolicy: 'cache-and-network' });
  // Said above the list: a hidden post leaves the queue (its flags are resolved), and its card with it.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onOutcome = (next: Outcome) => {
    setOutcome(next);
    if (next.kind === 'success') void refetch();
  };
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton />;
  return (
    <Stack gap="md">
      {outcome && <FormAlert kind={outcome.kind}>{outcome.text}</FormAlert>}
      {data.moderationQueue.length === 0 ? (
        <EmptyState message={t('moderation.empty')} />
      ) : (
        <Stack component="ul" gap="md" className={classes.list} aria-label={t('moderation.listLabel')}>
          {data.moderationQueue.map((flagged) => (
            <li key={flagged.postId}>
              <FlaggedPostCard flagged={flagged} now={now} onOutcome={onOutcome} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

interface Outcome {
  kind: 'error' | 'success';
  text: string;
}

function FlaggedPostCard({ flagged, now, onOutcome }: { flagged: Flagged; now: number; onOutcome: (outcome: Outcome) => void }) {
  const { t } = useForumsT();
  const { t: tc } = useTranslation();
  const errorMessage = useErrorMessage();
  const [moderatePost] = useMutation(ModeratePostMutation);
  const [moderateThread] = useMutation(ModerateThreadMutation);
  const [dismissFlags] = useMutation(DismissFlagsMutation);
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      onOutcome({ kind: 'success', text: done });
    } catch (error) {
      onOutcome({ kind: 'error', text: errorMessage(error) });
    }
  };
  const where = { thread: flagged.threadTitle };
  const postAction = flagged.hidden ? 'UNHIDE' : 'HIDE';
  const threadAction = (action: 'LOCK' | 'PIN') => (reason: string) =>
    run(() => moderateThread({ variables: { threadId: flagged.threadId, action, reason } }), t(`moderation.done.${action}`));

  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            <Anchor component={Link} to={`/t/${flagged.threadId}`}>
              {flagged.threadTitle}
            </Anchor>
          </Title>
          {flagged.hidden && (
            <Badge color="gray.8" variant="outline">
              {t('moderation.hidden')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('moderation.meta', { author: flagged.author.name, forum: flagged.forumSlug, count: flagged.flagCount })}{' '}
          <RelativeTime iso={flagged.lastFlaggedAt} now={now} />
        </Text>
        <Text className={classes.quote}>{flagged.text}</Text>
        <Text size="sm" fw={600}>
          {t('moderation.reasons')}
        </Text>
        <ul className={classes.bullets}>
          {flagged.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
        {flagged.confirmedFindings.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('moderation.findings')}
            </Text>
            <ul className={classes.bullets}>
              {flagged.confirmedFindings.map((finding) => (
                <li key={`${finding.field}:${finding.start}`}>
                  {t(finding.field === 'title' ? 'moderation.findingInTitle' : 'moderation.findingInPost', {
                    kind: isGuardrailKind(finding.kind) ? tc(`guardrail.kinds.${finding.kind}`) : finding.kind,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        <Group gap="xs" wrap="wrap">
          <ReasonButton
            label={t(`moderation.actions.${postAction}`)}
            ariaLabel={t(`moderation.actionLabels.${postAction}`, where)}
            color={flagged.hidden ? undefined : 'red.9'}
            onConfirm={(reason) =>
              run(
                () => moderatePost({ variables: { postId: flagged.postId, action: postAction, reason } }),
                t(`moderation.done.${postAction}`),
              )
            }
          />
          <ReasonButton
            label={t('moderation.actions.DISMISS')}
            ariaLabel={t('moderation.actionLabels.DISMISS', where)}
            onConfirm={(reason) => run(() => dismissFlags({ variables: { postId: flagged.postId, reason } }), t('moderation.done.DISMISS'))}
          />
          <ReasonButton
            label={t('moderation.actions.LOCK')}
            ariaLabel={t('moderation.actionLabels.LOCK', where)}
            onConfirm={threadAction('LOCK')}
          />
          <ReasonButton
            label={t('moderation.actions.PIN')}
            ariaLabel={t('moderation.actionLabels.PIN', where)}
            onConfirm={threadAction('PIN')}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
