import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { reviewCutoff } from './guideline.read.js';
import type { GuidelineReminderType } from './guideline.types.js';
import { actionPointJson, isTracked, toActionPoint, toDate, type ActionPointRow } from './guideline.view.js';

/** A contact point sees this many at most on the home page; the tracker has the rest. */
export const REMINDERS_SHOWN = 20;

/**
 * Action points not reviewed for 12 months (or never) in the municipalities whose contact point the reader is, the
 * longest unreviewed first: two statements (the reader's roles, the reminders); nothing for anyone else.
 */
export async function findReminders(em: Em, viewer: Viewer, now: Date): Promise<GuidelineReminderType[]> {
  const { contactPointOf } = await pathwayReaderFacts(em, viewer);
  if (contactPointOf.length === 0) return [];
  const rows = await em.execute<{ municipality: MunicipalityView; point: ActionPointRow; reviewedAt: string | null }[]>(
    `select ${municipalityJson('m')} as municipality, ${actionPointJson('a')} as point, s.reviewed_at as "reviewedAt"
       from municipality m cross join guideline_action_point a
       left join guideline_status s on s.municipality_id = m.id and s.action_point_key = a.key
      where m.id = any(?::uuid[]) and ${isTracked('a')} and (s.reviewed_at is null or s.reviewed_at < ?)
      order by s.reviewed_at asc nulls first, m.name, a.position limit ?`,
    [`{${contactPointOf.join(',')}}`, reviewCutoff(now), REMINDERS_SHOWN],
  );
  return rows.map((row) => ({
    id: `${row.municipality.id}:${row.point.key}`,
    municipality: row.municipality,
    actionPoint: toActionPoint(row.point),
    reviewedAt: toDate(row.reviewedAt),
  }));
}
