import { NativeSelect } from '@mantine/core';

export interface Option {
  value: string;
  label: string;
}

interface FilterSelectProps {
  label: string;
  anyLabel: string;
  options: readonly Option[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  disabled?: boolean;
  description?: string;
}

// A native <select>: keyboard, screen-reader and mobile behaviour come from the platform.
export function FilterSelect({ label, anyLabel, options, value, onChange, disabled, description }: FilterSelectProps) {
  return (
    <NativeSelect
      label={label}
      description={description}
      disabled={disabled}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data={[{ value: '', label: anyLabel }, ...options]}
    />
  );
}
