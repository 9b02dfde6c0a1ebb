import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import prevention from '../../app/locales/en/prevention.json';

// The catalogue's strings (namespace `prevention`): loaded with its routes and the municipality page, not in the entry
// chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addPreventionStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'prevention', prevention, true, false);
}

/** Call before rendering anything that uses the `prevention` namespace. */
export function usePreventionStrings(): void {
  const { i18n: instance } = useTranslation();
  addPreventionStrings(instance);
}
