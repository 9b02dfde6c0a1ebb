import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import thread from '../../app/locales/en/thread.json';

// The thread page's strings (namespace `thread`): loaded with its route, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addThreadStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'thread', thread, true, false);
}

/** Call before rendering anything that uses the `thread` namespace. */
export function useThreadStrings(): void {
  const { i18n: instance } = useTranslation();
  addThreadStrings(instance);
}
