import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../ui/Section';
import { ActionItemList } from './ActionItemList';
import { CarriedActionItemsQuery } from './outcomeDocuments';
import { useOutcomeStrings } from './outcomeStrings';

/** Open action items of the earlier meetings of the series, on this one until done; nothing when there are none. */
export function CarriedActionItems({ meetingId }: { meetingId: string }) {
  useOutcomeStrings();
  const { t } = useTranslation();
  const { data, refetch } = useQuery(CarriedActionItemsQuery, { variables: { id: meetingId } });
  const items = data?.meeting?.carriedActionItems ?? [];
  if (items.length === 0) return null;
  return (
    <Section id="meeting-carried-action-items" title={t('outcomes.actionItems.carriedTitle')}>
      <ActionItemList items={items} labelledBy="meeting-carried-action-items" showOrigin onChanged={() => void refetch()} />
    </Section>
  );
}
