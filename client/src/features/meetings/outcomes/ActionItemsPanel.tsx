import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '../../../gql';
import { FormAlert } from '../../../ui/FormAlert';
import { PanelSection } from './PanelSection';
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
    <PanelSection id="meeting-action-items" title={t('outcomes.actionItems.title')}>
      {items.length === 0 ? (
        <Text>{t('outcomes.actionItems.empty')}</Text>
      ) : (
        <ActionItemList items={items} labelledBy="meeting-action-items" />
      )}
      {canRun && <ActionItemForm meetingId={meetingId} people={people} />}
    </PanelSection>
  );
}

function ActionItemForm({ meetingId, people }: { meetingId: string; people: ActionItemsPanelProps['people'] }) {
  const { t } = useTranslation();
  const text = useGuardedText();
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [add] = useMutation(AddActionItemMutation, { refetchQueries: [{ query: MeetingOutcomesQuery, variables: { id: meetingId } }] });
  const form = useOutcomeAction(async () => {
    await add({
      variables: {
        input: {
          id: crypto.randomUUID(),
          meetingId,
          text: text.text,
          ownerId,
          dueOn: dueOn || null,
          confirmations: text.confirmations,
        },
      },
    });
    text.reset();
    setOwnerId('');
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
          rows={2}
          maxLength={500}
        />
        {text.panel}
        <NativeSelect
          label={t('outcomes.actionItems.owner')}
          data={[
            { value: '', label: t('outcomes.actionItems.ownerPlaceholder') },
            ...people.map((p) => ({ value: p.userId, label: p.name })),
          ]}
          value={ownerId}
          onChange={(e) => setOwnerId(e.currentTarget.value)}
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
