import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type FilterValues<P extends string> = Partial<Record<P, string>>;

// Filters live in the URL: a filtered directory can be shared, bookmarked and walked back with the
// back button. Each change is one history entry; the list (and its pagination) restarts with it.
export function useFilterParams<P extends string>(params: readonly P[]) {
  const [searchParams, setSearchParams] = useSearchParams();

  const values = useMemo(() => {
    const result: FilterValues<P> = {};
    for (const param of params) {
      const value = searchParams.get(param)?.trim();
      if (value) result[param] = value;
    }
    return result;
  }, [params, searchParams]);

  const update = useCallback(
    (changes: FilterValues<P>) =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const param of params) {
          if (!(param in changes)) continue;
          const value = changes[param];
          if (value) next.set(param, value);
          else next.delete(param);
        }
        return next;
      }),
    [params, setSearchParams],
  );

  const clear = useCallback(
    () =>
      setSearchParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const param of params) next.delete(param);
        return next;
      }),
    [params, setSearchParams],
  );

  const active = Object.keys(values).length > 0;
  return { values, update, clear, active };
}
