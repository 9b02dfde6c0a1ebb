import { memo } from 'react';
import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFinderStrings } from '../../app/finderStrings';
import { FilterSelect } from '../../ui/FilterSelect';
import { FilterForm } from '../directory/FilterForm';
import type { FilterValues } from '../directory/useFilterParams';
import { useLanguageOptions, useLevelOptions, useVocabOptions } from '../directory/vocabOptions';
import type { FacetName } from '../facets/facetCounts';
import type { ExpertFacetCounts } from '../facets/facetQueries';
import { PlaceFilters } from '../places/PlaceFilters';
import { useFilterChips } from '../directory/filterChips';
import type { ExpertFilterParam } from './useExpertFilter';

interface ExpertFiltersProps {
  values: FilterValues<ExpertFilterParam>;
  update: (changes: FilterValues<ExpertFilterParam>) => void;
  clear: () => void;
  active: boolean;
  /** Undefined while the counts load or when they failed: the filters work without them. */
  counts?: ExpertFacetCounts;
}

// Memoised: LiveFacets, which holds the filters, re-renders for each answer of their queries (the counts, the live
// cursor); the filters only when their own props change, and for new counts in the background (useFacets).
export const ExpertFilters = memo(function ExpertFilters({ values, update, clear, active, counts }: ExpertFiltersProps) {
  useFinderStrings();
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const organisationTypes = useVocabOptions('organisationTypes');
  const roles = useVocabOptions('roles');
  const forms = useVocabOptions('formsOfExploitation');
  const services = useVocabOptions('services');
  const languages = useLanguageOptions();
  const any = t('directory.any');
  const select = (param: ExpertFilterParam, facet?: FacetName<ExpertFacetCounts>) => ({
    anyLabel: any,
    value: values[param],
    counts: facet ? counts?.[facet] : undefined,
    onChange: (value: string | undefined) => update({ [param]: value }),
  });
  const available = values.available === 'true';
  const chips = [
    ...useFilterChips(values, update, [
      { param: 'level', name: t('directory.level'), options: levels },
      { param: 'type', name: t('directory.organisationType'), options: organisationTypes },
      { param: 'role', name: t('directory.role'), options: roles },
      { param: 'form', name: t('directory.formOfExploitation'), options: forms },
      { param: 'service', name: t('directory.service'), options: services },
      { param: 'language', name: t('directory.language'), options: languages },
    ]),
    ...(available ? [{ key: 'available', label: t('facets.available'), onRemove: () => update({ available: undefined }) }] : []),
  ];

  return (
    <FilterForm
      label={t('experts.filtersLabel')}
      searchDescription={t('experts.searchDescription')}
      text={values.q ?? ''}
      onTextChange={(q) => update({ q })}
      active={active}
      onClear={clear}
      chips={chips}
    >
      <PlaceFilters country={values.country} municipality={values.municipality} onChange={(place) => update(place)} counts={counts} />
      <FilterSelect label={t('directory.level')} options={levels} {...select('level', 'levels')} />
      <FilterSelect label={t('directory.organisationType')} options={organisationTypes} {...select('type', 'organisationTypes')} />
      <FilterSelect label={t('directory.role')} options={roles} {...select('role', 'roles')} />
      <FilterSelect label={t('directory.formOfExploitation')} options={forms} {...select('form', 'formsOfExploitation')} />
      <FilterSelect label={t('directory.service')} options={services} {...select('service', 'services')} />
      <FilterSelect label={t('directory.language')} options={languages} {...select('language', 'languages')} />
      <Checkbox
        mt={{ base: 0, md: 'xl' }}
        checked={available}
        // The count ignores this switch (as each facet ignores its own dimension), so it says how
        // many of the listed experts would remain with it on.
        label={counts ? t('facets.availableCount', { count: counts.availableForConsultation }) : t('facets.available')}
        disabled={!available && counts?.availableForConsultation === 0}
        onChange={(event) => update({ available: event.currentTarget.checked ? 'true' : undefined })}
      />
    </FilterForm>
  );
});
