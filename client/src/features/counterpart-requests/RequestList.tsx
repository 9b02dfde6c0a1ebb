import { Anchor, Badge, Button, Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { vocabLabelKey } from '../../app/vocab';
import type { CounterpartRequestBox } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { useFormat } from '../../ui/useFormat';
import { CounterpartRequestsQuery } from './requestDocuments';

const BOXES = ['AWAITING_ME', 'INCOMING', 'OUTGOING', 'OVERSEEN'] as const satisfies readonly CounterpartRequestBox[];

/** The viewer's requests by box: what awaits their answer first, then what was sent to them, what they sent. */
export function RequestList({ oversees }: { oversees: boolean }) {
  const { t } = useTranslation('requests');
  const { t: tv } = useTranslation();
  const format = useFormat();
  const [box, setBox] = useState<CounterpartRequestBox>('AWAITING_ME');
  const [openOnly, setOpenOnly] = useState(true);
  const list = useConnectionQuery(
    CounterpartRequestsQuery,
    { variables: { box, openOnly, first: PAGE_SIZE_DEFAULT }, fetchPolicy: 'cache-and-network' },
    (data) => data.counterpartRequests,
  );
  const boxes = BOXES.filter((key) => key !== 'OVERSEEN' || oversees);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="request-box-label">
            {t('list.box')}
          </Text>
          <SegmentedControl
            aria-labelledby="request-box-label"
            value={box}
            onChange={(value) => setBox(boxes.find((key) => key === value) ?? 'AWAITING_ME')}
            data={boxes.map((key) => ({ value: key, label: t(`list.boxes.${key}`) }))}
            style={{ flexWrap: 'wrap' }}
          />
        </Stack>
        <Button component={Link} to="/requests/new" variant="outline">
          {t('new')}
        </Button>
      </Group>
      <Checkbox label={t('list.openOnly')} checked={openOnly} onChange={(event) => setOpenOnly(event.currentTarget.checked)} />
      <ConnectionList
        label={t('list.label')}
        list={list}
        emptyMessage={t('list.empty')}
        renderNode={(node) => (
          <Stack gap={2}>
            <Group gap="xs">
              <Anchor component={Link} to={`/requests/${node.id}`} fw={500}>
                {node.fromMunicipalityName ?? node.fromCountryName} → {node.toMunicipalityName ?? node.toCountryName}
              </Anchor>
              <Badge variant="outline" color="dark">
                {t(`status.${node.status}`)}
              </Badge>
              {node.awaitingViewer && <Badge color="red.9">{t('list.awaiting')}</Badge>}
            </Group>
            <Text size="sm">
              {tv(vocabLabelKey('services', node.service))} · {t(`urgency.${node.urgency}`)} · {format.dateTime(node.createdAt)}
            </Text>
          </Stack>
        )}
      />
    </Stack>
  );
}
