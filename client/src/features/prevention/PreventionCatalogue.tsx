import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { getFragmentData } from '../../gql';
import { ConnectionList } from '../../ui/ConnectionList';
import { FilterSelect } from '../../ui/FilterSelect';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { TagList } from '../../ui/TagList';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { useFormat } from '../../ui/useFormat';
import { useVocabOptions } from '../directory/vocabOptions';
import { PreventionActivitiesQuery, PreventionCountriesQuery, PreventionListItemFragment } from './preventionDocuments';
import { usePreventionFormat } from './preventionFormat';
import { PreventionPlacesMap } from './PreventionPlacesMap';
import { filterYears, usePreventionFilters } from './usePreventionFilters';

/**
 * The catalogue: filters in the address, the matching activities page by page, and where the local ones took place.
 * `publicOnly` is the visitors' view: the activities shared publicly, nothing to add.
 */
export function PreventionCatalogue({ publicOnly = false }: { publicOnly?: boolean }) {
  const { t } = useTranslation('prevention');
  const { t: tv } = useTranslation();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { values, filter: chosen, update, clear, filtered } = usePreventionFilters();
  const filter = { ...chosen, visibility: publicOnly ? ('PUBLIC' as const) : null };
  const targetGroups = useVocabOptions('targetGroups');
  const forms = useVocabOptions('formsOfExploitation');
  const countries = useQuery(PreventionCountriesQuery);
  const countryOptions = useMemo(
    () => (countries.data?.countries ?? []).map((country) => ({ value: country.code, label: country.name })),
    [countries.data],
  );
  const years = useMemo(() => filterYears().map((year) => ({ value: year, label: year })), []);
  const format = useFormat();
  const describe = usePreventionFormat();
  const list = useConnectionQuery(
    PreventionActivitiesQuery,
    // Members add activities while others read: each visit asks the server again, showing the cached page meanwhile.
    { variables: { first: PAGE_SIZE_DEFAULT, filter }, fetchPolicy: 'cache-and-network' },
    (data) => data.preventionActivities,
  );
  const nodes = list.connection && {
    ...list.connection,
    edges: list.connection.edges.map((edge) => ({ node: getFragmentData(PreventionListItemFragment, edge.node) })),
  };

  return (
    <Stack gap="lg">
      {notice && <FormAlert kind="success">{notice}</FormAlert>}
      {!publicOnly && (
        <Group justify="flex-end">
          <Button component={Link} to="/prevention/new">
            {t('add')}
          </Button>
        </Group>
      )}
      <Group gap="md" align="flex-end" wrap="wrap">
        <FilterSelect
          label={t('filters.targetGroup')}
          anyLabel={t('filters.anyTargetGroup')}
          options={targetGroups}
          value={values.targetGroup}
          onChange={(targetGroup) => update({ targetGroup })}
        />
        <FilterSelect
          label={t('filters.country')}
          anyLabel={t('filters.anyCountry')}
          options={countryOptions}
          value={values.country}
          onChange={(country) => update({ country })}
        />
        <FilterSelect
          label={t('filters.form')}
          anyLabel={t('filters.anyForm')}
          options={forms}
          value={values.form}
          onChange={(form) => update({ form })}
        />
        <FilterSelect
          label={t('filters.year')}
          anyLabel={t('filters.anyYear')}
          options={years}
          value={values.year}
          onChange={(year) => update({ year })}
        />
        {filtered && (
          <Button variant="subtle" onClick={clear}>
            {t('filters.clear')}
          </Button>
        )}
      </Group>
      <ConnectionList
        label={t('list.label')}
        list={{ ...list, connection: nodes }}
        emptyMessage={publicOnly && !filtered ? t('public.empty') : t('list.empty')}
        onClearFilters={filtered ? clear : undefined}
        renderNode={(node) => (
          <Stack gap={4}>
            <Anchor component={Link} to={`/prevention/${node.id}`} fw={600}>
              {node.title}
            </Anchor>
            <Text size="sm">
              {describe.place(node)} · {describe.period(node)}
              {node.peopleReached !== null && node.peopleReached !== undefined
                ? ` · ${t('list.reached', { number: format.number(node.peopleReached) })}`
                : ''}
            </Text>
            <TagList
              label={t('activity.targetGroups')}
              tags={node.targetGroups.map((group) => ({ key: group, label: tv(`vocab.targetGroups.${group}`) }))}
            />
          </Stack>
        )}
      />
      <Section id="prevention-map" title={t('map.title')}>
        <PreventionPlacesMap filter={filter} />
      </Section>
    </Stack>
  );
}
