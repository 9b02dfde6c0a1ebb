import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import { FilterForm } from '../directory/FilterForm';
import type { FilterValues } from '../directory/useFilterParams';
import { useLanguageOptions, useLevelOptions, useVocabOptions } from '../directory/vocabOptions';
import type { FacetName } from '../facets/facetCounts';
import type { OrganisationFacetCounts } from '../facets/facetQueries';
import { PlaceFilters } from '../places/PlaceFilters';
import { useFilterChips } from '../directory/filterChips';
import type { OrganisationFilterParam } from './useOrganisationFilter';

interface OrganisationFiltersProps {
  values: FilterValues<OrganisationFilterParam>;
  update: (changes: FilterValues<OrganisationFilterParam>) => void;
  clear: () => void;
  active: boolean;
  /** Undefined while the counts load or when they failed: the filters work without them. */
  counts?: OrganisationFacetCounts;
}

// Memoised: LiveFacets, which holds the filters, re-renders for each answer of their queries (the counts, the live
// cursor); the filters only when their own props change, and for new counts in the background (useFacets).
export const OrganisationFilters = memo(function OrganisationFilters({ values, update, clear, active, counts }: OrganisationFiltersProps) {
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const organisationTypes = useVocabOptions('organisationTypes');
  const services = useVocabOptions('services');
  const targetGroups = useVocabOptions('targetGroups');
  const languages = useLanguageOptions();
  const any = t('directory.any');
  const select = (param: OrganisationFilterParam, facet: FacetName<OrganisationFacetCounts>) => ({
    anyLabel: any,
    value: values[param],
    counts: counts?.[facet],
    onChange: (value: string | undefined) => update({ [param]: value }),
  });

  const chips = useFilterChips(values, update, [
    { param: 'level', name: t('directory.level'), options: levels },
    { param: 'type', name: t('directory.organisationType'), options: organisationTypes },
    { param: 'service', name: t('directory.service'), options: services },
    { param: 'target', name: t('directory.targetGroup'), options: targetGroups },
    { param: 'language', name: t('directory.language'), options: languages },
  ]);

  return (
    <FilterForm
      label={t('organisations.filtersLabel')}
      searchDescription={t('organisations.searchDescription')}
      text={values.q ?? ''}
      onTextChange={(q) => update({ q })}
      active={active}
      onClear={clear}
      chips={chips}
    >
      <PlaceFilters country={values.country} municipality={values.municipality} onChange={(place) => update(place)} counts={counts} />
      <FilterSelect label={t('directory.level')} options={levels} {...select('level', 'levels')} />
      <FilterSelect label={t('directory.organisationType')} options={organisationTypes} {...select('type', 'types')} />
      <FilterSelect label={t('directory.service')} options={services} {...select('service', 'services')} />
      <FilterSelect label={t('directory.targetGroup')} options={targetGroups} {...select('target', 'targetGroups')} />
      <FilterSelect label={t('directory.language')} options={languages} {...select('language', 'languages')} />
    </FilterForm>
  );
});
