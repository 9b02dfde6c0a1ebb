import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import library from '../../app/locales/en/library.json';

// The library's strings (namespace `library`): loaded with its routes, not in the entry chunk (DESIGN §7, S8).
const added = new WeakSet<i18n>();

export function addLibraryStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'library', library, true, false);
}

/** Call before rendering anything that uses the `library` namespace. */
export function useLibraryStrings(): void {
  const { i18n: instance } = useTranslation();
  addLibraryStrings(instance);
}
