import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import guidelines from '../../app/locales/en/guidelines.json';

// The tracker's strings (namespace `guidelines`): loaded with its lazy components, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addGuidelineStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'guidelines', guidelines, true, false);
}

/** Call before rendering anything that uses the `guidelines` namespace. */
export function useGuidelineStrings(): void {
  const { i18n: instance } = useTranslation();
  addGuidelineStrings(instance);
}
