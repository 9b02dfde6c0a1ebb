import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import pathways from '../../app/locales/en/pathways.json';

// The pathway and municipality strings travel in the lazy chunks of their pages, not the entry chunk (DESIGN §7,
// S8); like the meeting strings they merge into `translation`, so components use one set of typed keys.
const added = new WeakSet<i18n>();

export function addPathwayStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', pathways, true, false);
}

/** Call before rendering anything that uses the pathway strings. */
export function usePathwayStrings(): void {
  const { i18n: instance } = useTranslation();
  addPathwayStrings(instance);
}
