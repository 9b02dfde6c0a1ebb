import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ThreadModeration, WatchLevel } from '../../gql/graphql';
import { useErrorMessage } from '../../ui/useErrorMessage';

export const SetThreadWatchMutation = graphql(`
  mutation SetThreadWatch($input: SetWatchLevelInput!) {
    setWatchLevel(input: $input) {
      thread {
        id
        watchLevel
      }
    }
  }
`);

const ModerateThreadMutation = graphql(`
  mutation ThreadModerateThread($threadId: ID!, $action: ThreadModeration!) {
    moderateThread(threadId: $threadId, action: $action) {
      id
      pinned
      locked
      closed
      viewerCan {
        reply
        markSolved
        moderate
      }
    }
  }
`);

const LEVELS: WatchLevel[] = ['WATCHING', 'TRACKING', 'NORMAL', 'MUTED'];

interface ThreadControlsProps {
  threadId: string;
  /** Null for anonymous readers: they watch nothing. */
  watchLevel: WatchLevel | null;
  moderate: boolean;
  state: { pinned: boolean; locked: boolean; closed: boolean };
}

/** How closely the reader follows the thread, and the moderators' lock, pin and close, as the server allows. */
export function ThreadControls({ threadId, watchLevel, moderate, state }: ThreadControlsProps) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const [setWatch, watching] = useMutation(SetThreadWatchMutation);
  const [moderateThread, moderating] = useMutation(ModerateThreadMutation);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const actions: ThreadModeration[] = [state.pinned ? 'UNPIN' : 'PIN', state.locked ? 'UNLOCK' : 'LOCK', state.closed ? 'REOPEN' : 'CLOSE'];

  if (watchLevel === null && !moderate) return null;
  return (
    <Group gap="sm" align="flex-end">
      {watchLevel !== null && (
        <NativeSelect
          size="xs"
          label={t('watch.label')}
          value={watchLevel}
          disabled={watching.loading}
          data={LEVELS.map((level) => ({ value: level, label: t(`watch.levels.${level}`) }))}
          onChange={(event) =>
            void run(() => setWatch({ variables: { input: { threadId, level: event.currentTarget.value as WatchLevel } } }))
          }
        />
      )}
      {moderate && (
        <Group gap={6}>
          {actions.map((action) => (
            <Button
              key={action}
              size="xs"
              variant="default"
              loading={moderating.loading}
              onClick={() => void run(() => moderateThread({ variables: { threadId, action } }))}
            >
              {t(`moderation.${action}`)}
            </Button>
          ))}
        </Group>
      )}
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
