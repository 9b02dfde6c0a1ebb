import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import members from './locales/en/members.json';
import upkeep from './locales/en/upkeep.json';

// The strings of sign-in, accounts, invitations and administration: loaded with the data layer
// (app/DataLayer.tsx), not in the entry chunk, which must stay within its budget (DESIGN §7, S8).
// They merge into the same `translation` namespace, so components use one set of typed keys
// (app/i18next.d.ts).
const added = new WeakSet<i18n>();

export function addMemberStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', members, true, false);
  instance.addResourceBundle('en', 'translation', upkeep, true, false);
}

/** Call before rendering anything that uses the member strings. */
export function useMemberStrings(): void {
  const { i18n: instance } = useTranslation();
  addMemberStrings(instance);
}
