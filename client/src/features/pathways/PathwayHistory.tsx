import { useQuery } from '@apollo/client/react';
import { Group, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vocabKeys, vocabLabelKey, type VocabList } from '../../app/vocab';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { PathwayDiffQuery, PathwayHistoryQuery } from './pathwayDocuments';
import { placeVariables, type PathwayPlace } from './pathwayPlace';

const FIELDS = [
  'position',
  'stage',
  'organisationId',
  'chainRole',
  'action',
  'handOver',
  'contactExpertId',
  'formsOfExploitation',
  'targetGroups',
  'refersToNational',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);
const inList = <K extends string>(keys: readonly K[], key: string): key is K => (keys as readonly string[]).includes(key);

// The versions, newest first, and any two compared step by step.
export function PathwayHistory({ place }: { place: PathwayPlace }) {
  const { t } = useTranslation();
  const format = useFormat();
  // From the network each time too: a version saved in the editor since belongs in the list.
  const { data, error, refetch } = useQuery(PathwayHistoryQuery, { variables: placeVariables(place), fetchPolicy: 'cache-and-network' });
  const versions = data?.referralPathway?.versions ?? [];
  const [choice, setChoice] = useState<{ from: number; to: number } | null>(null);
  const from = choice?.from ?? versions[1]?.number ?? 0;
  const to = choice?.to ?? versions[0]?.number ?? 0;

  let body;
  if (error && !data) body = <ErrorState onRetry={() => void refetch()} />;
  else if (!data) body = <ListSkeleton />;
  else
    body = (
      <Stack gap="sm">
        <List spacing={4}>
          {versions.map((v) => (
            <List.Item key={v.number}>
              <Text span fw={700}>
                {t('pathway.version', { number: v.number })}
              </Text>
              {v.publishedAt && ` (${t('pathway.history.published')})`}: {v.reason} —{' '}
              {t('pathway.history.by', { author: v.authorName ?? t('pathway.history.formerMember'), date: format.dateTime(v.createdAt) })}
            </List.Item>
          ))}
        </List>
        {versions.length > 1 && (
          <>
            <Group gap="sm" align="end">
              {(['from', 'to'] as const).map((end) => (
                <NativeSelect
                  key={end}
                  label={t(`pathway.history.${end}`)}
                  value={String(end === 'from' ? from : to)}
                  data={versions.map((v) => ({ value: String(v.number), label: t('pathway.version', { number: v.number }) }))}
                  onChange={(event) => setChoice({ from, to, [end]: Number(event.currentTarget.value) })}
                />
              ))}
            </Group>
            {from !== to && <PathwayDiff place={place} from={from} to={to} />}
          </>
        )}
      </Stack>
    );
  return (
    <Section id="pathway-history" title={t('pathway.history.title')}>
      {body}
    </Section>
  );
}

export function PathwayDiff({ place, from, to }: { place: PathwayPlace; from: number; to: number }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PathwayDiffQuery, { variables: { ...placeVariables(place), from, to } });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const changes = data.referralPathway?.diff ?? [];
  // Vocabulary keys read as their labels; names and free text as they are.
  const label = (field: string, value: string | null): string => {
    if (value === null) return '—';
    const keys = value.split(', ');
    const labels = (list: VocabList) => keys.map((k) => (inList(vocabKeys(list), k) ? t(vocabLabelKey(list, k)) : k)).join(', ');
    if (field === 'stage') return labels('nrmStages');
    if (field === 'chainRole') return labels('roles');
    if (field === 'targetGroups') return labels('targetGroups');
    if (field === 'formsOfExploitation') return labels('formsOfExploitation');
    return value;
  };
  if (changes.length === 0) return <Text>{t('pathway.history.noChanges')}</Text>;
  return (
    <Table aria-label={t('pathway.history.changesLabel')} style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('pathway.history.fieldColumn')}</Table.Th>
          <Table.Th scope="col">{t('pathway.history.before')}</Table.Th>
          <Table.Th scope="col">{t('pathway.history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.flatMap((change) => [
          <Table.Tr key={`${change.stepId}-${change.change}`}>
            <Table.Th scope="rowgroup" colSpan={3}>
              {t(`pathway.history.${change.change}`)}:{' '}
              {t('pathway.history.step', { position: change.position, stage: t(`vocab.nrmStages.${change.stage}`) })}
            </Table.Th>
          </Table.Tr>,
          ...change.fields.map((field) => (
            <Table.Tr key={`${change.stepId}-${change.change}-${field.field}`}>
              <Table.Td>{isField(field.field) ? t(`pathway.history.field.${field.field}`) : field.field}</Table.Td>
              <Table.Td>{label(field.field, field.before)}</Table.Td>
              <Table.Td>{label(field.field, field.after)}</Table.Td>
            </Table.Tr>
          )),
        ])}
      </Table.Tbody>
    </Table>
  );
}
