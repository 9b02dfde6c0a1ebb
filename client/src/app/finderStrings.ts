import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import finder from './locales/en/finder.json';

// The strings of search, facets, the counterpart finder and the export travel in the lazy chunks
// of the pages that use them, not in the entry chunk (DESIGN §7, S8). Like the member strings
// (app/memberStrings.ts), they merge into the `translation` namespace, so components use one set
// of typed keys (app/i18next.d.ts).
const added = new WeakSet<i18n>();

export function addFinderStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', finder, true, false);
}

/** Call before rendering anything that uses the search, facet, counterpart or export strings. */
export function useFinderStrings(): void {
  const { i18n: instance } = useTranslation();
  addFinderStrings(instance);
}
