import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import baseline from '../../app/locales/en/baseline.json';

// The assessment's strings (namespace `baseline`): loaded with its routes, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addBaselineStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'baseline', baseline, true, false);
}

/** Call before rendering anything that uses the `baseline` namespace. */
export function useBaselineStrings(): void {
  const { i18n: instance } = useTranslation();
  addBaselineStrings(instance);
}
