import { useSearchParams } from 'react-router';
import { vocabKeys } from '../../app/vocab';
import type { PreventionActivityFilter } from '../../gql/graphql';
import { pickKey } from '../directory/vocabOptions';

export interface PreventionFilterValues {
  targetGroup?: string;
  country?: string;
  form?: string;
  year?: string;
}

const KEYS = ['targetGroup', 'country', 'form', 'year'] as const;

// The filter offers years back to 2000 (older activities belong in reports, not in a list to choose from).
const FIRST_YEAR_OFFERED = 2000;

/** The years offered: next year (for what is planned) back to 2000, latest first. */
export function filterYears(now = new Date()): string[] {
  const last = now.getFullYear() + 1;
  return Array.from({ length: last - FIRST_YEAR_OFFERED + 1 }, (_, i) => String(last - i));
}

/**
 * The catalogue's filters live in the address, so a filtered list can be shared and survives a reload. Values outside
 * the vocabularies are dropped rather than sent (the server would answer BAD_USER_INPUT for a typo in a link).
 */
export function usePreventionFilters() {
  const [params, setParams] = useSearchParams();
  const values: PreventionFilterValues = Object.fromEntries(KEYS.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])));
  const year = values.year && /^\d{4}$/.test(values.year) ? Number(values.year) : undefined;
  const filter: PreventionActivityFilter = {
    targetGroup: pickKey(values.targetGroup, vocabKeys('targetGroups')) ?? null,
    formOfExploitation: pickKey(values.form, vocabKeys('formsOfExploitation')) ?? null,
    countryCode: values.country && /^[A-Z]{2}$/.test(values.country) ? values.country : null,
    year: year ?? null,
  };
  const update = (changes: Partial<PreventionFilterValues>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const clear = () => setParams(new URLSearchParams(), { replace: true });
  const filtered = KEYS.some((key) => values[key]);
  return { values, filter, update, clear, filtered };
}
