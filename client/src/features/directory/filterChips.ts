import type { Option } from '../../ui/FilterSelect';

/** One active filter, shown as a removable chip while the filters are folded away on a phone. */
export interface FilterChip {
  key: string;
  label: string;
  onRemove: () => void;
}

/** "Role: Case manager" for a chosen value, nothing for an unset one. */
export function filterChip(
  key: string,
  name: string,
  options: readonly Option[],
  value: string | undefined,
  onRemove: () => void,
): FilterChip[] {
  if (!value) return [];
  const chosen = options.find((option) => option.value === value)?.label ?? value;
  return [{ key, label: `${name}: ${chosen}`, onRemove }];
}
