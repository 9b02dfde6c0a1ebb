import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import requests from '../../app/locales/en/requests.json';

// The requests' strings (namespace `requests`): loaded with their routes, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addRequestStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'requests', requests, true, false);
}

/** Call before rendering anything that uses the `requests` namespace. */
export function useRequestStrings(): void {
  const { i18n: instance } = useTranslation();
  addRequestStrings(instance);
}
