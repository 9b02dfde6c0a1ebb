import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import map from './locales/en/map.json';

// The strings of the map and coverage pages travel in their lazy chunks, not in the entry chunk
// (DESIGN §7, S8). Like the member strings (app/memberStrings.ts), they merge into the
// `translation` namespace, so components use one set of typed keys (app/i18next.d.ts).
const added = new WeakSet<i18n>();

export function addMapStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', map, true, false);
}

/** Call before rendering anything that uses the map or coverage strings. */
export function useMapStrings(): void {
  const { i18n: instance } = useTranslation();
  addMapStrings(instance);
}
