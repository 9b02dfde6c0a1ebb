import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMunicipality } from '../pathways/useMunicipality';

interface MunicipalitySelectProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** Only this country's municipalities; all of the region's when null. */
  countryCode: string | null;
  error?: string;
  disabled?: boolean;
}

/**
 * A municipality chosen by typing its name (Mantine's combobox: a labelled input with a listbox, arrow keys and
 * Enter, announced to screen readers), clearable, since a scenario or a list need not name one.
 */
export function MunicipalitySelect({ label, description, value, onChange, countryCode, error, disabled }: MunicipalitySelectProps) {
  const { t } = useTranslation('costs');
  const { municipalities } = useMunicipality('');
  const options = (municipalities ?? [])
    .filter((m) => countryCode === null || m.country.code === countryCode)
    .map((m) => ({ value: m.id, label: countryCode === null ? `${m.name}, ${m.country.name}` : m.name }));
  return (
    <Select
      label={label}
      description={description}
      searchable
      clearable
      // Enter on the chosen option keeps it (Mantine's default would clear it); the clear button clears.
      allowDeselect={false}
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      disabled={disabled}
      nothingFoundMessage={t('editor.noMunicipality')}
    />
  );
}
