import type { Em } from '../orm.js';
import { GUIDELINE_ACTION_POINTS } from './reference/guidelines.js';

/**
 * The guidelines' action points, inserted when missing at every start. Existing rows are left alone: admins
 * maintain the labels and their translations from then on.
 */
export async function insertGuidelineActionPoints(em: Em): Promise<void> {
  const rows = GUIDELINE_ACTION_POINTS.map(() => `(?, ?, ?, ?, ?, ?, ?::text[])`).join(', ');
  const values = GUIDELINE_ACTION_POINTS.flatMap((point, index) => [
    point.key,
    point.chapter,
    point.theme,
    index + 1,
    point.label,
    point.confirmedInCbssMaterial,
    `{${point.sources.map((source) => `"${source}"`).join(',')}}`,
  ]);
  await em.execute(
    `insert into guideline_action_point (key, chapter, theme, position, label, confirmed_in_cbss_material, sources)
       values ${rows} on conflict (key) do nothing`,
    values,
  );
}
