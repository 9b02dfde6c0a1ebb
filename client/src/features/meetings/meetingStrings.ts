import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import meetingPlan from '../../app/locales/en/meetingPlan.json';
import meetings from '../../app/locales/en/meetings.json';
import meetingLive from '../../app/locales/en/meetingLive.json';

// The meeting strings travel in the lazy chunks of the meeting pages, not in the entry chunk
// (DESIGN §7, S8). Like the member strings (app/memberStrings.ts), they merge into the
// `translation` namespace, so components use one set of typed keys (app/i18next.d.ts).
const added = new WeakSet<i18n>();

export function addMeetingStrings(instance: i18n): void {
  if (added.has(instance)) return;
  added.add(instance);
  instance.addResourceBundle('en', 'translation', meetings, true, false);
  instance.addResourceBundle('en', 'translation', meetingLive, true, false);
  // The planning wizard's and date poll's strings, in a file of their own; deep-merged into `meetings`.
  instance.addResourceBundle('en', 'translation', meetingPlan, true, false);
}

/** Call before rendering anything that uses the meeting strings. */
export function useMeetingStrings(): void {
  const { i18n: instance } = useTranslation();
  addMeetingStrings(instance);
}
