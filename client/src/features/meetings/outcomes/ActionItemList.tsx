import { useMutation } from '@apollo/client/react';
import { Checkbox, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import { FormAlert } from '../../../ui/FormAlert';
import { useFormat } from '../../../ui/useFormat';
import { ActionItemListItemFragment, SetActionItemStatusMutation } from './outcomeDocuments';
import { useOutcomeAction } from './useOutcomeAction';

interface ActionItemListProps {
  items: readonly FragmentType<typeof ActionItemListItemFragment>[];
  labelledBy: string;
  /** On a later meeting of the series: name the meeting each item was agreed in. */
  showOrigin?: boolean;
  /** Called after an item changed status (a carried list drops the done ones). */
  onChanged?: () => void;
}

/** Action items with owner, due date and status; their owner and the hosts tick them done. */
export function ActionItemList({ items, labelledBy, showOrigin = false, onChanged }: ActionItemListProps) {
  return (
    <List listStyleType="none" spacing="xs" aria-labelledby={labelledBy}>
      {items.map((ref) => (
        <ActionItemRow key={getFragmentData(ActionItemListItemFragment, ref).id} item={ref} showOrigin={showOrigin} onChanged={onChanged} />
      ))}
    </List>
  );
}

function ActionItemRow(props: { item: FragmentType<typeof ActionItemListItemFragment>; showOrigin: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const item = getFragmentData(ActionItemListItemFragment, props.item);
  const [setStatus] = useMutation(SetActionItemStatusMutation);
  const toggle = useOutcomeAction(async (done: boolean) => {
    await setStatus({ variables: { input: { id: item.id, status: done ? 'DONE' : 'OPEN' } } });
    props.onChanged?.();
  });
  const details = [
    `${t('outcomes.actionItems.owner')}: ${item.ownerName}`,
    item.dueOn && t('outcomes.actionItems.due', { date: format.calendarDate(item.dueOn) }),
    props.showOrigin && t('outcomes.actionItems.carriedFrom', { title: item.meetingTitle }),
  ].filter(Boolean);
  return (
    <List.Item>
      <Stack gap={2}>
        {item.viewerCanUpdate ? (
          <Checkbox
            label={item.text}
            checked={item.status === 'DONE'}
            disabled={toggle.pending}
            onChange={(event) => void toggle.submit(event.currentTarget.checked)}
            aria-label={t('outcomes.actionItems.markDone', { text: item.text })}
          />
        ) : (
          <Text td={item.status === 'DONE' ? 'line-through' : undefined}>
            {item.text}
            {item.status === 'DONE' && ` (${t('outcomes.actionItems.done')})`}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {details.join(' · ')}
        </Text>
        {toggle.message && <FormAlert kind="error">{toggle.message}</FormAlert>}
      </Stack>
    </List.Item>
  );
}
