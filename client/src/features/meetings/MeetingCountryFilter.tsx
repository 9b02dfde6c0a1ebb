import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../ui/FilterSelect';
import { MeetingCountriesQuery } from './meetingDocuments';

interface MeetingCountryFilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/**
 * The meeting list's country filter, with its own query: when the countries arrive, only the filter renders again,
 * not the list of meetings beside it (in the list, that was a blocking render of every card on a phone, S8 TBT).
 */
export function MeetingCountryFilter({ value, onChange }: MeetingCountryFilterProps) {
  const { t } = useTranslation();
  const countries = useQuery(MeetingCountriesQuery);
  const options = useMemo(
    () => (countries.data?.countries ?? []).map((country) => ({ value: country.code, label: country.name })),
    [countries.data],
  );
  return (
    <FilterSelect
      label={t('meetings.filter.country')}
      anyLabel={t('meetings.filter.anyCountry')}
      options={options}
      value={value}
      onChange={onChange}
    />
  );
}
