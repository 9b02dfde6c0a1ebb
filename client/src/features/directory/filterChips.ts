import { useTranslation } from 'react-i18next';
import type { Option } from '../../ui/FilterSelect';
import { usePlaceOptions } from '../places/PlaceFilters';
import type { FilterValues } from './useFilterParams';

/** One active filter, shown as a removable chip while the filters are folded away on a phone. */
export interface FilterChip {
  key: string;
  label: string;
  onRemove: () => void;
}

/** A filter that is a choice among options, named as its select is ("Role"). */
export interface ChipSpec<P extends string> {
  param: P;
  name: string;
  options: readonly Option[];
}

type PlaceParam = 'country' | 'municipality';

/**
 * The active filters as chips, "Country: Latvia" first: place, then each spec with a value. Removing the country
 * removes the municipality too, as the selects do.
 */
export function useFilterChips<P extends string>(
  values: FilterValues<P | PlaceParam>,
  update: (changes: FilterValues<P | PlaceParam>) => void,
  specs: readonly ChipSpec<P>[],
): FilterChip[] {
  const { t } = useTranslation();
  const places = usePlaceOptions(values.country);
  const remove = (param: P | PlaceParam) => () =>
    update({ [param]: undefined, ...(param === 'country' ? { municipality: undefined } : {}) } as FilterValues<P | PlaceParam>);
  const all: ChipSpec<P | PlaceParam>[] = [
    { param: 'country', name: t('directory.country'), options: places.countryOptions },
    { param: 'municipality', name: t('directory.municipality'), options: places.municipalityOptions },
    ...specs,
  ];
  return all.flatMap(({ param, name, options }) => {
    const value = values[param];
    if (!value) return [];
    const chosen = options.find((option) => option.value === value)?.label ?? value;
    return [{ key: param, label: `${name}: ${chosen}`, onRemove: remove(param) }];
  });
}
