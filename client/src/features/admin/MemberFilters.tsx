import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import { FilterForm } from '../directory/FilterForm';
import type { FilterValues } from '../directory/useFilterParams';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { ACCOUNT_STATUSES, type MemberFilterParam } from './useMemberFilter';

interface MemberFiltersProps {
  values: FilterValues<MemberFilterParam>;
  update: (changes: FilterValues<MemberFilterParam>) => void;
  clear: () => void;
  active: boolean;
}

export function MemberFilters({ values, update, clear, active }: MemberFiltersProps) {
  const { t } = useTranslation();
  const countries = useQuery(PlaceFilterCountriesQuery);
  const countryOptions = (countries.data?.countries ?? [])
    .map((c) => ({ value: c.code, label: c.name }))
    .toSorted((a, b) => a.label.localeCompare(b.label));
  return (
    <FilterForm
      label={t('admin.members.filtersLabel')}
      searchDescription={t('admin.members.searchDescription')}
      text={values.q ?? ''}
      onTextChange={(q) => update({ q })}
      active={active}
      onClear={clear}
    >
      <FilterSelect
        label={t('directory.country')}
        anyLabel={t('directory.anyCountry')}
        options={countryOptions}
        value={values.country}
        description={countries.error ? t('directory.placesFailed') : undefined}
        onChange={(country) => update({ country })}
      />
      <FilterSelect
        label={t('admin.members.status')}
        anyLabel={t('directory.any')}
        options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`admin.status.${status}`) }))}
        value={values.status}
        onChange={(status) => update({ status })}
      />
    </FilterForm>
  );
}
