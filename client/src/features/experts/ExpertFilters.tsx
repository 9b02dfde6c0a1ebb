import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import { FilterForm } from '../directory/FilterForm';
import type { FilterValues } from '../directory/useFilterParams';
import { useLanguageOptions, useLevelOptions, useVocabOptions } from '../directory/vocabOptions';
import { PlaceFilters } from '../places/PlaceFilters';
import type { ExpertFilterParam } from './useExpertFilter';

interface ExpertFiltersProps {
  values: FilterValues<ExpertFilterParam>;
  update: (changes: FilterValues<ExpertFilterParam>) => void;
  clear: () => void;
  active: boolean;
}

export function ExpertFilters({ values, update, clear, active }: ExpertFiltersProps) {
  const { t } = useTranslation();
  const levels = useLevelOptions();
  const organisationTypes = useVocabOptions('organisationTypes');
  const roles = useVocabOptions('roles');
  const forms = useVocabOptions('formsOfExploitation');
  const services = useVocabOptions('services');
  const languages = useLanguageOptions();
  const any = t('directory.any');
  const select = (param: ExpertFilterParam) => ({
    anyLabel: any,
    value: values[param],
    onChange: (value: string | undefined) => update({ [param]: value }),
  });

  return (
    <FilterForm
      label={t('experts.filtersLabel')}
      searchDescription={t('experts.searchDescription')}
      text={values.q ?? ''}
      onTextChange={(q) => update({ q })}
      active={active}
      onClear={clear}
    >
      <PlaceFilters country={values.country} municipality={values.municipality} onChange={(place) => update(place)} />
      <FilterSelect label={t('directory.level')} options={levels} {...select('level')} />
      <FilterSelect label={t('directory.organisationType')} options={organisationTypes} {...select('type')} />
      <FilterSelect label={t('directory.role')} options={roles} {...select('role')} />
      <FilterSelect label={t('directory.formOfExploitation')} options={forms} {...select('form')} />
      <FilterSelect label={t('directory.service')} options={services} {...select('service')} />
      <FilterSelect label={t('directory.language')} options={languages} {...select('language')} />
    </FilterForm>
  );
}
