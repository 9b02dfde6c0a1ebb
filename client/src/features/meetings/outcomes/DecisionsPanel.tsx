import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { MeetingNoteKind } from '../../../gql/graphql';
import { FormAlert } from '../../../ui/FormAlert';
import { PanelSection } from './PanelSection';
import { useFormat } from '../../../ui/useFormat';
import { AddNoteMutation, DecisionsPanelNoteFragment, MeetingOutcomesQuery } from './outcomeDocuments';
import { useGuardedText } from './useGuardedText';
import { useOutcomeAction } from './useOutcomeAction';

interface DecisionsPanelProps {
  meetingId: string;
  notes: readonly FragmentType<typeof DecisionsPanelNoteFragment>[];
  canRun: boolean;
}

/** Notes and decisions, in the order they were recorded; hosts record them during the meeting. */
export function DecisionsPanel({ meetingId, notes, canRun }: DecisionsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <PanelSection id="meeting-notes" title={t('outcomes.notes.title')}>
      {notes.length === 0 ? (
        <Text>{t('outcomes.notes.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="xs" aria-labelledby="meeting-notes">
          {notes.map((ref) => {
            const note = getFragmentData(DecisionsPanelNoteFragment, ref);
            return (
              <List.Item key={note.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge variant={note.kind === 'DECISION' ? 'filled' : 'light'} style={{ flexShrink: 0 }}>
                    {t(`outcomes.notes.kind.${note.kind}`)}
                  </Badge>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>
                    {note.text}{' '}
                    <Text span size="xs" c="dimmed">
                      {format.dateTime(note.createdAt)}
                    </Text>
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {canRun && <NoteForm meetingId={meetingId} />}
    </PanelSection>
  );
}

const KINDS = ['DECISION', 'NOTE'] as const satisfies readonly MeetingNoteKind[];

function NoteForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingNoteKind>('DECISION');
  const text = useGuardedText();
  const [add] = useMutation(AddNoteMutation, { refetchQueries: [{ query: MeetingOutcomesQuery, variables: { id: meetingId } }] });
  const form = useOutcomeAction(async () => {
    await add({ variables: { input: { id: crypto.randomUUID(), meetingId, kind, text: text.text, confirmations: text.confirmations } } });
    text.reset();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.text.trim() && !text.blocked) void form.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Radio.Group
          label={t('outcomes.notes.kindLabel')}
          value={kind}
          onChange={(value) => setKind(KINDS.find((k) => k === value) ?? 'NOTE')}
        >
          <Group gap="md" mt={4}>
            {KINDS.map((value) => (
              <Radio key={value} value={value} label={t(`outcomes.notes.kind.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('outcomes.notes.text')}
          value={text.text}
          onChange={(e) => text.setText(e.currentTarget.value)}
          rows={2}
          maxLength={4000}
        />
        {text.panel}
        <Group>
          <Button type="submit" loading={form.pending} disabled={text.blocked || !text.text.trim()}>
            {t('outcomes.notes.submit')}
          </Button>
        </Group>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
      </Stack>
    </form>
  );
}
