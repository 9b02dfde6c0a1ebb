import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { PAGE_SIZE_DEFAULT, RESOURCE_KINDS, SEARCH_TEXT_MAX, SPOKEN_LANGUAGES } from '@strom/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Level, ResourceFilter, ResourceKind } from '../../gql/graphql';
import { ConnectionList } from '../../ui/ConnectionList';
import { FilterSelect } from '../../ui/FilterSelect';
import { SearchInput } from '../../ui/SearchInput';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { useFormat } from '../../ui/useFormat';
import { LibraryQuery } from './libraryDocuments';
import { ResourceCard } from './ResourceCard';

const LEVELS: Level[] = ['REGIONAL', 'NATIONAL', 'LOCAL'];
const FILTER_KEYS = ['q', 'kind', 'language', 'level', 'year'] as const;

const isKind = (value: string | null): value is ResourceKind => RESOURCE_KINDS.some((kind) => kind === value);
const isLevel = (value: string | null): value is Level => LEVELS.some((level) => level === value);

/** The filter as the URL holds it (so the back button and shared links keep it). */
function filterOf(params: URLSearchParams): ResourceFilter {
  const kind = params.get('kind');
  const level = params.get('level');
  const year = Number(params.get('year'));
  return {
    text: params.get('q') || null,
    kind: isKind(kind) ? kind : null,
    language: params.get('language') || null,
    level: isLevel(level) ? level : null,
    year: Number.isInteger(year) && year > 0 ? year : null,
  };
}

const countsOf = (facet: readonly { value: string; count: number }[] | undefined) =>
  facet ? new Map(facet.map((entry) => [entry.value, entry.count])) : undefined;

/** The library: words and facets (with counts) to narrow it, newest first, for anyone (members see more). */
export function LibraryList({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation('library');
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterOf(params), [params]);
  const variables = { first: PAGE_SIZE_DEFAULT, filter };
  const list = useConnectionQuery(LibraryQuery, { variables }, (data) => data.resources);
  // The same operation and variables: Apollo answers both hooks with one request and one cache entry.
  const facets = useQuery(LibraryQuery, { variables }).data?.resourceFacets;
  const set = (key: (typeof FILTER_KEYS)[number], value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const filtered = FILTER_KEYS.some((key) => params.has(key));
  const yearOptions = useMemo(
    () =>
      (facets?.years ?? []).map((entry) => ({ value: entry.value, label: entry.value })).toSorted((a, b) => b.value.localeCompare(a.value)),
    [facets],
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Anchor href="/feeds/resources.atom">{t('feed')}</Anchor>
        {signedIn && (
          <Button component={Link} to="/library/new">
            {t('add')}
          </Button>
        )}
      </Group>
      <Stack component="search" gap="sm" aria-label={t('filters.label')}>
        <SearchInput
          label={t('filters.text')}
          description={t('filters.textHint')}
          value={params.get('q') ?? ''}
          maxLength={SEARCH_TEXT_MAX}
          onChange={(value) => set('q', value || undefined)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <FilterSelect
            label={t('filters.kind')}
            anyLabel={t('filters.anyKind')}
            options={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            value={filter.kind ?? undefined}
            counts={countsOf(facets?.kinds)}
            onChange={(value) => set('kind', value)}
          />
          <FilterSelect
            label={t('filters.language')}
            anyLabel={t('filters.anyLanguage')}
            options={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: format.languageName(code) }))}
            value={filter.language ?? undefined}
            counts={countsOf(facets?.languages)}
            hideEmpty
            onChange={(value) => set('language', value)}
          />
          <FilterSelect
            label={t('filters.level')}
            anyLabel={t('filters.anyLevel')}
            options={LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            value={filter.level ?? undefined}
            counts={countsOf(facets?.levels)}
            onChange={(value) => set('level', value)}
          />
          <FilterSelect
            label={t('filters.year')}
            anyLabel={t('filters.anyYear')}
            options={yearOptions}
            value={filter.year ? String(filter.year) : undefined}
            counts={countsOf(facets?.years)}
            onChange={(value) => set('year', value)}
          />
        </SimpleGrid>
      </Stack>
      <ConnectionList
        label={t('list.label')}
        list={list}
        emptyMessage={t('list.empty')}
        onClearFilters={filtered ? () => setParams({}, { replace: true }) : undefined}
        renderNode={(node) => <ResourceCard resource={node} />}
      />
    </Stack>
  );
}
