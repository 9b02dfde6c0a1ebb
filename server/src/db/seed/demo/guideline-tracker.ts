import type { GuidelineStatusKey } from '@strom/shared';
import { GuidelineStatus, GuidelineStatusChange } from '../../../features/guideline/guideline.entity.js';
import type { Em } from '../../orm.js';
import { municipalityId } from '../reference-data.js';
import { GUIDELINE_ACTION_POINTS } from '../reference/guidelines.js';
import { stableId } from '../stable-id.js';
import { REFERENCE_TIME_MS } from './dates.js';
import { createRng, type Rng } from './random.js';
import type { DemoNetwork } from './types.js';

const DAY_MS = 86_400_000;
const LADDER: GuidelineStatusKey[] = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'IN_PLACE'];

const EVIDENCE: Record<GuidelineStatusKey, string | null> = {
  NOT_STARTED: null,
  PLANNED: 'Included in the municipal work plan for next year.',
  IN_PROGRESS: 'A working group meets monthly; a first draft is circulating among the partners.',
  IN_PLACE: 'Adopted by the municipal council and used by the front-line services.',
  NOT_APPLICABLE: null,
};

interface DemoPlace {
  countryCode: string;
  name: string;
  socialServicesKey: string | null;
}

/** Every municipality with a demo organisation, and its social services (the usual responsible organisation). */
function demoPlaces(network: DemoNetwork): DemoPlace[] {
  const places = new Map<string, DemoPlace>();
  for (const o of network.organisations) {
    if (o.scope.level !== 'LOCAL' || !o.scope.municipalityName || !o.scope.countryCode) continue;
    const key = `${o.scope.countryCode}:${o.scope.municipalityName}`;
    const place = places.get(key) ?? { countryCode: o.scope.countryCode, name: o.scope.municipalityName, socialServicesKey: null };
    if (o.key.endsWith('-social-services')) place.socialServicesKey = o.key;
    places.set(key, place);
  }
  return [...places.values()];
}

/** A municipality further along moves most points further up the ladder; a few points do not apply to small places. */
function statusOf(rng: Rng, maturity: number): GuidelineStatusKey {
  if (rng.chance(0.04)) return 'NOT_APPLICABLE';
  const step = Math.min(LADDER.length - 1, Math.max(0, Math.round(maturity * 3 + (rng.next() - 0.5) * 2)));
  return LADDER[step]!;
}

function authorOf(countryCode: string): string {
  const account = countryCode === 'LV' ? 'coordinator.lv' : countryCode === 'LT' ? 'coordinator.lt' : 'admin';
  return stableId(`user:${account}@demo.strom.invalid`);
}

/**
 * Tracker statuses for every demo municipality: a deterministic spread (each place has its own maturity), reviewed
 * over the last two years so that some are due for review, with an earlier step in the history where a point moved.
 */
export async function seedDemoGuidelineTracker(em: Em, network: DemoNetwork): Promise<void> {
  const statuses: Partial<GuidelineStatus>[] = [];
  const changes: Partial<GuidelineStatusChange>[] = [];
  for (const place of demoPlaces(network)) {
    const rng = createRng(Number.parseInt(stableId(`guidelines:${place.countryCode}:${place.name}`).slice(0, 8), 16));
    const maturity = rng.next();
    const municipality = municipalityId(place.countryCode, place.name);
    const organisation = place.socialServicesKey ? stableId(`organisation:${place.socialServicesKey}`) : null;
    for (const point of GUIDELINE_ACTION_POINTS) {
      const status = statusOf(rng, maturity);
      const reviewedAt = new Date(REFERENCE_TIME_MS - rng.int(5, 720) * DAY_MS);
      const id = stableId(`guideline-status:${municipality}:${point.key}`);
      const values = {
        status,
        reason: status === 'NOT_APPLICABLE' ? 'No such service or partner exists in a municipality of this size.' : null,
        evidenceText: EVIDENCE[status],
        evidenceLink: null,
        evidenceStepId: null,
        responsibleOrganisationId: status === 'NOT_STARTED' ? null : organisation,
      };
      const earlier = LADDER.indexOf(status) > 0 ? LADDER[LADDER.indexOf(status) - 1]! : null;
      const history = earlier ? [{ ...values, status: earlier, evidenceText: EVIDENCE[earlier] }, values] : [values];
      history.forEach((entry, index) => {
        const version = index + 1;
        changes.push({
          id: stableId(`guideline-change:${municipality}:${point.key}:${version}`),
          statusId: id,
          municipalityId: municipality,
          actionPointKey: point.key,
          version,
          previousStatus: index > 0 ? history[index - 1]!.status : null,
          ...entry,
          authorId: authorOf(place.countryCode),
          changedAt: new Date(reviewedAt.getTime() - (history.length - version) * 180 * DAY_MS),
        });
      });
      statuses.push({
        id,
        municipalityId: municipality,
        actionPointKey: point.key,
        ...values,
        reviewedAt,
        version: history.length,
        updatedById: authorOf(place.countryCode),
      });
    }
  }
  await em.upsertMany(GuidelineStatus, statuses);
  await em.upsertMany(GuidelineStatusChange, changes);
}
