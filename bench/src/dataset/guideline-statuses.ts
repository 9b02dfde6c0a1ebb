import type { Dataset } from './dataset.js';
import { Prng } from './prng.js';
import type { TableRows } from './tables.js';

/** S12's tracker: most municipalities track the guidelines, each action point's status drawn with a plausible spread. */
const TRACKED_SHARE = 0.8;
const STATUSES = ['NOT_STARTED', 'PLANNED', 'PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'IN_PLACE', 'IN_PLACE', 'IN_PLACE', 'NOT_APPLICABLE'];
/** Reviews spread over two years before a fixed day, so the JSON is the same on every run. */
const LAST_REVIEW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const NOT_APPLICABLE_REASON = 'No such work in this municipality';

export interface GuidelineTracker {
  tables: TableRows[];
  /** Tracked municipalities per country, for choosing the heat maps to measure. */
  trackedPerCountry: Map<string, number>;
}

/**
 * Deterministic from the seed and the loaded dataset: a status on every action point (the server's seeded keys) for
 * most municipalities, and a TF-THB seat for the bench's first member, who reads every country's dashboard.
 */
export function generateGuidelineTracker(seed: number, dataset: Dataset, actionPointKeys: readonly string[]): GuidelineTracker {
  const prng = new Prng(seed + 11);
  const viewer = dataset.accounts[0];
  if (!viewer) throw new Error('the dataset has no member account');
  const tracked = dataset.places.filter(() => prng.next() < TRACKED_SHARE);
  const rows = tracked.flatMap((place) =>
    actionPointKeys.map((key) => {
      const status = prng.pick(STATUSES);
      const reviewedAt = new Date(LAST_REVIEW - Math.floor(prng.next() * 730) * DAY).toISOString();
      // The table asks a reason of NOT_APPLICABLE, as the tracker's editor does.
      return [prng.uuid(), key, place.id, status, status === 'NOT_APPLICABLE' ? NOT_APPLICABLE_REASON : null, reviewedAt];
    }),
  );
  const trackedPerCountry = new Map<string, number>();
  for (const place of tracked) trackedPerCountry.set(place.countryCode, (trackedPerCountry.get(place.countryCode) ?? 0) + 1);
  return {
    trackedPerCountry,
    tables: [
      {
        table: 'role_assignment',
        columns: ['id', 'level', 'country_code', 'municipality_id', 'expert_id', 'role', 'responsibilities', 'starts_on'],
        rows: [[prng.uuid(), 'NATIONAL', viewer.countryCode, null, viewer.expertId, 'TF_THB_MEMBER', null, null]],
      },
      { table: 'guideline_status', columns: ['id', 'action_point_key', 'municipality_id', 'status', 'reason', 'reviewed_at'], rows },
    ],
  };
}
