import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../../gql';
import { FormAlert } from '../../../ui/FormAlert';
import { Section } from '../../../ui/Section';
import { ActionItemList } from './ActionItemList';
import { ActionItemListItemFragment, AddActionItemMutation, MeetingOutcomesQuery } from './outcomeDocuments';
import { useGuardedText } from './useGuardedText';
import { useOutcomeAction } from './useOutcomeAction';

interface ActionItemsPanelProps {
  meetingId: string;
  items: readonly FragmentType<typeof ActionItemListItemFragment>[];
  canRun: boolean;
  /** Who may own an item: the hosts and participants who have not declined. */
  people: readonly { userId: string; name: string }[];
}

/** The action items agreed in this meeting; hosts add them with an owner and a due date. */
export function ActionItemsPanel({ meetingId, items, canRun, people }: ActionItemsPanelProps) {
  const { t } = useTranslation();
  return (
    <Section id="meeting-action-items" title={t('outcomes.actionItems.title')}>
      {items.length === 0 ? (
        <Text>{t('outcomes.actionItems.empty')}</Text>
      ) : (
        <ActionItemList items={items} labelledBy="meeting-action-items" />
      )}
      {canRun && <ActionItemForm meetingId={meetingId} people={people} />}
    </Section>
  );
}

function ActionItemForm({ meetingId, people }: { meetingId: string; people: ActionItemsPanelProps['people'] }) {
  const { t } = useTranslation();
  const text = useGuardedText();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [add] = useMutation(AddActionItemMutation, { refetchQueries: [{ query: MeetingOutcomesQuery, variables: { id: meetingId } }] });
  const form = useOutcomeAction(async () => {
    await add({
      variables: {
        input: {
          id: crypto.randomUUID(),
          meetingId,
          text: text.text,
          ownerId: ownerId ?? '',
          dueOn: dueOn || null,
          confirmations: text.confirmations,
        },
      },
    });
    text.reset();
    setOwnerId(null);
    setDueOn('');
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.text.trim() && ownerId && !text.blocked) void form.submit();
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('outcomes.actionItems.text')}
          value={text.text}
          onChange={(e) => text.setText(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={500}
        />
        {text.panel}
        <Select
          label={t('outcomes.actionItems.owner')}
          placeholder={t('outcomes.actionItems.ownerPlaceholder')}
          data={people.map((person) => ({ value: person.userId, label: person.name }))}
          value={ownerId}
          onChange={setOwnerId}
          searchable
        />
        <TextInput type="date" label={t('outcomes.actionItems.dueLabel')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
        <Group>
          <Button type="submit" loading={form.pending} disabled={text.blocked || !text.text.trim() || !ownerId}>
            {t('outcomes.actionItems.submit')}
          </Button>
        </Group>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
      </Stack>
    </form>
  );
}
