import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { COST_COMPARE_MAX, PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConnectionList } from '../../ui/ConnectionList';
import { FormAlert } from '../../ui/FormAlert';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { useFormat } from '../../ui/useFormat';
import { useMunicipality } from '../pathways/useMunicipality';
import { CostScenarioListQuery, CostTemplatesQuery } from './costDocuments';
import { CostPrioritiesView } from './CostPrioritiesView';
import { MunicipalitySelect } from './MunicipalitySelect';
import { useMoney } from './useMoney';

/** The workbench: my and shared scenarios (choose some to compare), and the templates to start from. */
export function CostWorkbench() {
  const { t } = useTranslation('costs');
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const [scope, setScope] = useState<'all' | 'mine'>('all');
  const [municipalityId, setMunicipalityId] = useState<string | null>(null);
  const { municipality } = useMunicipality(municipalityId ?? '', { skip: municipalityId === null });
  // What is chosen for comparison, with its currency and price year: the comparison starts in those of the newest.
  const [selected, setSelected] = useState<{ id: string; currency: string; priceYear: number }[]>([]);
  const money = useMoney();
  const format = useFormat();
  const list = useConnectionQuery(
    CostScenarioListQuery,
    { variables: { first: PAGE_SIZE_DEFAULT, mine: scope === 'mine', municipalityId } },
    (data) => data.costScenarios,
  );
  const toggle = (node: { id: string; currency: string; priceYear: number }, on: boolean) =>
    setSelected((current) => (on ? [...current, node] : current.filter((other) => other.id !== node.id)));
  const newest = selected.toSorted((a, b) => b.priceYear - a.priceYear)[0];
  const compareTo = newest
    ? `/costs/compare?${new URLSearchParams({ ids: selected.map((s) => s.id).join(','), currency: newest.currency, year: String(newest.priceYear) }).toString()}`
    : '/costs/compare';

  return (
    <Stack gap="xl">
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      <Stack gap="md">
        <Group justify="space-between">
          <Group align="flex-end">
            <Radio.Group label={t('list.label')} value={scope} onChange={(value) => setScope(value === 'mine' ? 'mine' : 'all')}>
              <Group mt={4}>
                <Radio value="all" label={t('list.all')} />
                <Radio value="mine" label={t('list.mine')} />
              </Group>
            </Radio.Group>
            <MunicipalitySelect
              label={t('list.municipality')}
              description={t('list.municipalityHint')}
              countryCode={null}
              value={municipalityId}
              onChange={setMunicipalityId}
            />
          </Group>
          <Group>
            {selected.length >= 2 ? (
              <Button component={Link} to={compareTo}>
                {t('list.compareSelected', { count: selected.length })}
              </Button>
            ) : (
              <Text size="sm">{t('list.compareHint')}</Text>
            )}
            <Button component={Link} to="/costs/new" variant="outline">
              {t('list.new')}
            </Button>
          </Group>
        </Group>
        <ConnectionList
          label={t('list.label')}
          list={list}
          emptyMessage={t('list.empty')}
          renderNode={(node) => (
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Checkbox
                aria-label={t('list.select', { title: node.title })}
                checked={selected.some((s) => s.id === node.id)}
                disabled={!selected.some((s) => s.id === node.id) && selected.length >= COST_COMPARE_MAX}
                onChange={(event) => toggle(node, event.currentTarget.checked)}
              />
              <Stack gap={2} style={{ flex: 1 }}>
                <Anchor component={Link} to={`/costs/${node.id}`} fw={500}>
                  {node.title}
                </Anchor>
                <Text size="sm">
                  {node.countryCode} · {node.priceYear} · {node.shared ? t('list.shared') : t('list.private')} ·{' '}
                  {format.dateTime(node.updatedAt)}
                </Text>
              </Stack>
              <Text fw={600}>{money(node.totals.totalMinor, node.currency)}</Text>
            </Group>
          )}
        />
      </Stack>
      {municipalityId && municipality && <CostPrioritiesView municipalityId={municipalityId} place={municipality.name} />}
      <Templates />
      <Anchor component={Link} to="/costs/rates">
        {t('rates.link')}
      </Anchor>
    </Stack>
  );
}

function Templates() {
  const { t } = useTranslation('costs');
  const money = useMoney();
  const { data } = useQuery(CostTemplatesQuery);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('templates.title')}
      </Title>
      <Text size="sm">{t('templates.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {(data?.costTemplates ?? []).map((template) => (
          <Card key={template.key} withBorder>
            <Stack gap="xs">
              <Text fw={600}>{template.title}</Text>
              <Text size="sm">{template.summary}</Text>
              <Text size="sm">
                {money(
                  template.lines.reduce((sum, line) => sum + line.totalMinor, 0),
                  template.currency,
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {t('templates.source', { source: template.source })}
              </Text>
              <Button
                component={Link}
                to={`/costs/new?template=${template.key}`}
                variant="outline"
                aria-label={t('templates.use', { title: template.title })}
              >
                {t('templates.use', { title: template.title })}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
