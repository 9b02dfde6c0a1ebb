import { useQuery } from '@apollo/client/react';
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MentionCandidatesQuery } from './replyDocuments';

/** The `@name` being typed just before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([\p{L}][\p{L}'’-]{1,40})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1]!.length - 1, query: match[1]! };
}

interface MentionSuggestionsProps {
  threadId: string;
  query: string;
  onPick: (candidate: { expertId: string; name: string }) => void;
}

/** Members the author may mention here whose name starts as typed: only those who can read the thread (the server decides). */
export function MentionSuggestions({ threadId, query, onPick }: MentionSuggestionsProps) {
  const { t } = useTranslation('thread');
  const [asked] = useDebouncedValue(query, 200);
  const { data } = useQuery(MentionCandidatesQuery, { variables: { threadId, query: asked }, skip: asked.length < 2 });
  const candidates = data?.mentionCandidates ?? [];
  if (candidates.length === 0) return null;
  return (
    <Paper withBorder p="xs">
      <Stack component="ul" gap={4} align="flex-start" aria-label={t('mentions.label')} m={0} p={0} style={{ listStyle: 'none' }}>
        {candidates.map((candidate) => (
          <li key={candidate.expertId}>
            <Button size="compact-sm" variant="subtle" onClick={() => onPick(candidate)}>
              {t('mentions.pick', { name: candidate.name })}
            </Button>
            {candidate.organisationName && (
              <Text span size="xs" c="dimmed" ml={6}>
                {candidate.organisationName}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
