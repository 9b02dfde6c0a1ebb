import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import forums from './locales/en/forums.json';

// The forum pages' strings, in their own `forums` namespace (typed in app/i18next.d.ts). They travel in the
// lazy chunks of the forum pages, not in the entry chunk (DESIGN §7, S8), like the member strings.
const added = new WeakSet<i18n>();

export function addForumStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'forums', forums, true, false);
}

/** The `forums` namespace's `t`, with its strings loaded first. */
export function useForumsT() {
  const { i18n: instance } = useTranslation();
  addForumStrings(instance);
  return useTranslation('forums');
}
