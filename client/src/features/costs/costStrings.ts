import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import costs from '../../app/locales/en/costs.json';

// The workbench's strings (namespace `costs`): loaded with its routes, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addCostStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'costs', costs, true, false);
}

/** Call before rendering anything that uses the `costs` namespace. */
export function useCostStrings(): void {
  const { i18n: instance } = useTranslation();
  addCostStrings(instance);
}
