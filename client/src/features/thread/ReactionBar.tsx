import { useMutation } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReactionKind } from '../../gql/graphql';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ReactMutation, UnreactMutation } from './postDocuments';

const KINDS: ReactionKind[] = ['THANKS', 'AGREE', 'USEFUL'];

interface ReactionBarProps {
  postId: string;
  reactions: readonly { kind: ReactionKind; count: number; mine: boolean }[];
  canReact: boolean;
}

/** The fixed reactions as toggle buttons (aria-pressed) with their counts; readers who may not react see counts only. */
export function ReactionBar({ postId, reactions, canReact }: ReactionBarProps) {
  const { t } = useTranslation('thread');
  const errorMessage = useErrorMessage();
  const [react, reacting] = useMutation(ReactMutation);
  const [unreact, unreacting] = useMutation(UnreactMutation);
  const [error, setError] = useState<string | null>(null);
  const busy = reacting.loading || unreacting.loading;

  const toggle = async (kind: ReactionKind, mine: boolean) => {
    setError(null);
    try {
      await (mine ? unreact : react)({ variables: { input: { postId, kind } } });
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };

  return (
    <Group gap={6}>
      {KINDS.map((kind) => {
        const reaction = reactions.find((r) => r.kind === kind);
        const count = reaction?.count ?? 0;
        const mine = reaction?.mine ?? false;
        const text = `${t(`reactions.kinds.${kind}`)} ${count}`;
        if (!canReact) {
          return count > 0 ? (
            <Text key={kind} size="xs" c="dimmed">
              {text}
            </Text>
          ) : null;
        }
        return (
          <Button
            key={kind}
            size="compact-xs"
            variant={mine ? 'filled' : 'default'}
            aria-pressed={mine}
            disabled={busy}
            onClick={() => void toggle(kind, mine)}
          >
            {text}
          </Button>
        );
      })}
      {error && (
        <Text size="xs" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
