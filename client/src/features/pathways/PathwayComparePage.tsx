import { useQuery } from '@apollo/client/react';
import { NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { PathwayCompare, type ComparedPlace } from './PathwayCompare';
import { PathwayListQuery } from './pathwayDocuments';

const COUNTRY = /^[A-Z]{2}$/;

// Which two published pathways to compare lives in the address (`?a=<municipality id or country>&b=…`), so a
// comparison can be shared; each side is chosen from the published pathways the reader may read.
export function PathwayComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(PathwayListQuery);
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const options = data.referralPathways.edges.map(({ node }) => ({
    value: node.municipality?.id ?? node.countryCode,
    label: node.municipality
      ? `${node.municipality.name} (${node.countryCode})`
      : t('pathway.compareView.national', { country: node.countryCode }),
    countryCode: node.countryCode,
  }));
  const chosen = (key: 'a' | 'b'): ComparedPlace | null => {
    const value = params.get(key);
    const option = options.find((o) => o.value === value);
    if (!value || !option) return null;
    return {
      place: COUNTRY.test(value) ? { countryCode: value } : { municipalityId: value },
      name: option.label,
      countryCode: option.countryCode,
    };
  };
  const left = chosen('a');
  const right = chosen('b');
  const select = (key: 'a' | 'b', label: string) => (
    <NativeSelect
      label={label}
      value={params.get(key) ?? ''}
      data={[{ value: '', label: '—' }, ...options.map(({ value, label: name }) => ({ value, label: name }))]}
      onChange={(event) => {
        const next = new URLSearchParams(params);
        next.set(key, event.currentTarget.value);
        setParams(next, { replace: true });
      }}
    />
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select('a', t('pathway.compareView.left'))}
        {select('b', t('pathway.compareView.right'))}
      </SimpleGrid>
      {left && right ? (
        <PathwayCompare key={`${left.name}|${right.name}`} left={left} right={right} />
      ) : (
        <Text>{t('pathway.compareView.pick')}</Text>
      )}
    </Stack>
  );
}
