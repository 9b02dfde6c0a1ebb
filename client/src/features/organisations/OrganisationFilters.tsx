import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import { FilterForm } from '../directory/FilterForm';
import type { FilterValues } from '../directory/useFilterParams';
import { useLanguageOptions, useLevelOptions, useVocabOptions } from '../directory/vocabOptions';
import type { FacetName } from '../facets/facetCounts';
import type { OrganisationFacetCounts } from '../facets/facetQueries';
import { PlaceFilters, usePlaceOptions } from '../places/PlaceFilters';
import { filterChip } from '../directory/filterChips';
import type { OrganisationFilterParam } from './useOrganisationFilter';

interface OrganisationFiltersProps {
  values: FilterValues<OrganisationFilterParam>;
  update: (changes: FilterValues<OrganisationFilterParam>) => void;
  clear: () => void;
  active: boolean;
  /** Undefined while the counts load or when they failed: the filters work without them. */
  counts?: OrganisationFacetCounts;
}

export function OrganisationFilters({ values, update, clear, active, counts }: OrganisationFiltersProps) {
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

  const places = usePlaceOptions(values.country);
  const remove = (param: OrganisationFilterParam) => () =>
    update({ [param]: undefined, ...(param === 'country' ? { municipality: undefined } : {}) });
  const chips = [
    ...filterChip('country', t('directory.country'), places.countryOptions, values.country, remove('country')),
    ...filterChip('municipality', t('directory.municipality'), places.municipalityOptions, values.municipality, remove('municipality')),
    ...filterChip('level', t('directory.level'), levels, values.level, remove('level')),
    ...filterChip('type', t('directory.organisationType'), organisationTypes, values.type, remove('type')),
    ...filterChip('service', t('directory.service'), services, values.service, remove('service')),
    ...filterChip('target', t('directory.targetGroup'), targetGroups, values.target, remove('target')),
    ...filterChip('language', t('directory.language'), languages, values.language, remove('language')),
  ];

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
}
