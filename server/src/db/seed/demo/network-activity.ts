// Recent activity for the network feed: about twenty events in the 30 days before the fixed reference date, so the
// feed looks alive in demos and screenshots without depending on when the seed ran.
import { REFERENCE_TIME_MS } from './dates.js';
import type { Rng } from './random.js';
import type { DemoActivity, DemoActivityKind, DemoExpert, DemoOrganisation } from './types.js';

const EVENT_COUNT = 20;
const WINDOW_MINUTES = 30 * 24 * 60;
const MINUTE_MS = 60_000;

const KINDS: readonly DemoActivityKind[] = [
  'PROFILE_PUBLISHED',
  'PROFILE_PUBLISHED',
  'ORGANISATION_UPDATED',
  'SERVICE_ADDED',
  'ORGANISATION_ADDED',
];

export function generateActivity(rng: Rng, organisations: readonly DemoOrganisation[], experts: readonly DemoExpert[]): DemoActivity[] {
  // Only publicly listed organisations appear in the feed: an event about an unlisted shelter would reveal it.
  const listed = organisations.filter((o) => o.publiclyListed);
  const listedKeys = new Set(listed.map((o) => o.key));
  const withServices = listed.filter((o) => o.services.length > 0);
  const visibleExperts = experts.filter((e) => listedKeys.has(e.organisationKey));

  // Distinct minutes, newest last, so the order is total and the feed never shows ties.
  const minutesAgo = new Set<number>();
  while (minutesAgo.size < EVENT_COUNT) minutesAgo.add(rng.int(5, WINDOW_MINUTES));
  const times = [...minutesAgo].sort((a, b) => b - a);

  return times.map((ago, index): DemoActivity => {
    const kind = rng.pick(KINDS);
    const occurredAt = new Date(REFERENCE_TIME_MS - ago * MINUTE_MS).toISOString();
    const key = `activity-${String(index + 1).padStart(2, '0')}`;
    if (kind === 'PROFILE_PUBLISHED') {
      const expert = rng.pick(visibleExperts);
      return { key, kind, occurredAt, organisationKey: expert.organisationKey, expertKey: expert.key };
    }
    const organisation = rng.pick(kind === 'SERVICE_ADDED' ? withServices : listed);
    return { key, kind, occurredAt, organisationKey: organisation.key, expertKey: null };
  });
}
