import { NativeSelect } from '@mantine/core';
import { useMemo } from 'react';

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
  /**
   * How many results each option would give ("Case manager (12)"). An option missing from the
   * counts gives none: it is disabled, or left out with `hideEmpty` (for long lists). Without
   * counts (still loading, or failed) every option is shown as is.
   */
  counts?: ReadonlyMap<string, number>;
  hideEmpty?: boolean;
}

function withCounts(options: readonly Option[], counts: ReadonlyMap<string, number>, selected: string | undefined, hideEmpty: boolean) {
  return options.flatMap((option) => {
    const count = counts.get(option.value) ?? 0;
    // The chosen value always stays visible and choosable, whatever its count.
    if (count === 0 && option.value !== selected) {
      return hideEmpty ? [] : [{ ...option, label: `${option.label} (0)`, disabled: true }];
    }
    return [{ ...option, label: `${option.label} (${count})` }];
  });
}

// A native <select>: keyboard, screen-reader and mobile behaviour come from the platform.
export function FilterSelect({
  label,
  anyLabel,
  options,
  value,
  onChange,
  disabled,
  description,
  counts,
  hideEmpty = false,
}: FilterSelectProps) {
  const data = useMemo(
    () => [{ value: '', label: anyLabel }, ...(counts ? withCounts(options, counts, value, hideEmpty) : options)],
    [anyLabel, options, counts, value, hideEmpty],
  );
  return (
    <NativeSelect
      label={label}
      description={description}
      disabled={disabled}
      value={value ?? ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
      data={data}
    />
  );
}
