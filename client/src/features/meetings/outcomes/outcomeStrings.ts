import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import outcomes from '../../../app/locales/en/meeting-outcomes.json';

// Like the meeting strings (../meetingStrings.ts): in the meeting pages' lazy chunks, merged into `translation`.
const added = new WeakSet<i18n>();

/** Call before rendering anything that uses the outcome strings (polls, questions, notes, action items, minutes). */
export function useOutcomeStrings(): void {
  const { i18n: instance } = useTranslation();
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', outcomes, true, false);
}
