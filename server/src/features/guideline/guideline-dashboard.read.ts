import type { GuidelineStatusKey } from '@strom/shared';
import { isMember, type Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { coordinatedCountries, isAdmin } from '../user/user.policy.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import type { PathwayReaderFacts } from '../pathway/pathway.policy.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { guidelineDashboardAbilities } from './guideline.policy.js';
import type {
  ActionPointType,
  GuidelineCountryProgressType,
  GuidelineCountrySummaryType,
  GuidelineMunicipalityLevelType,
} from './guideline.types.js';
import {
  actionPointJson,
  isTracked,
  statusCountsSql,
  toActionPoint,
  toCounts,
  toDate,
  type ActionPointRow,
  type StatusCountsRow,
} from './guideline.view.js';

/** The tracked action points (with `includeRetired`, every one) in the guidelines' order: one statement. */
export async function findActionPoints(em: Em, { includeRetired = false } = {}): Promise<ActionPointType[]> {
  const rows = await em.execute<{ point: ActionPointRow }[]>(
    `select ${actionPointJson('a')} as point from guideline_action_point a where ? or ${isTracked('a')} order by a.position`,
    [includeRetired],
  );
  return rows.map((row) => toActionPoint(row.point));
}

interface HeatRow extends StatusCountsRow {
  municipality: MunicipalityView;
  statuses: Record<string, GuidelineStatusKey>;
  lastReviewedAt: string | null;
}

/**
 * A country's heat map: its municipalities with a tracker × the action points. Three statements whatever the number
 * of municipalities and action points: the reader's roles, the action points, the statuses grouped per municipality.
 */
export async function findCountryProgress(em: Em, viewer: Viewer, countryCode: string): Promise<GuidelineCountryProgressType> {
  guidelineDashboardAbilities.authorize(viewer, 'readCountry', { countryCode, reader: await pathwayReaderFacts(em, viewer) });
  const actionPoints = await findActionPoints(em);
  const rows = await em.execute<HeatRow[]>(
    `select ${municipalityJson('m')} as municipality, json_object_agg(s.action_point_key, s.status) as statuses,
        max(s.reviewed_at) as "lastReviewedAt", ${statusCountsSql('s')}
       from municipality m join guideline_status s on s.municipality_id = m.id
       join guideline_action_point a on a.key = s.action_point_key and ${isTracked('a')}
      where m.country_code = ? group by m.id order by m.name, m.id`,
    [countryCode],
  );
  return {
    countryCode,
    actionPoints,
    rows: rows.map((row) => ({
      municipality: row.municipality,
      statuses: actionPoints.map((point) => row.statuses[point.key] ?? 'NOT_STARTED'),
      counts: toCounts(actionPoints.length, row),
      lastReviewedAt: toDate(row.lastReviewedAt),
    })),
  };
}

interface SummaryRow extends StatusCountsRow {
  countryCode: string;
  countryName: string;
  municipalities: number;
  points: number;
}

/** Countries compared, over every tracked municipality of each: two statements (the reader's roles, the aggregate). */
export async function findRegionProgress(em: Em, viewer: Viewer): Promise<GuidelineCountrySummaryType[]> {
  guidelineDashboardAbilities.authorize(viewer, 'readRegion', { countryCode: null, reader: await pathwayReaderFacts(em, viewer) });
  const rows = await em.execute<SummaryRow[]>(
    `select c.code as "countryCode", c.name as "countryName", count(distinct s.municipality_id)::int as municipalities,
        (select count(*) from guideline_action_point a where ${isTracked('a')})::int as points, ${statusCountsSql('s')}
       from guideline_status s join guideline_action_point a on a.key = s.action_point_key and ${isTracked('a')}
       join municipality m on m.id = s.municipality_id join country c on c.code = m.country_code
      group by c.code order by c.name`,
  );
  return rows.map((row) => ({
    countryCode: row.countryCode,
    countryName: row.countryName,
    municipalities: row.municipalities,
    counts: toCounts(row.points * row.municipalities, row),
  }));
}

/** The tracked municipalities a reader may see on the map, as SQL over `m` (and its parameters). */
function visibleTrackers(viewer: Viewer, reader: PathwayReaderFacts): { where: string; params: unknown[] } {
  if (isAdmin(viewer) || (isMember(viewer) && reader.taskForce)) return { where: 'true', params: [] };
  const countries = coordinatedCountries(viewer);
  const own = reader.contactPointOf;
  return {
    where: `(m.country_code = any(?::text[]) or m.id = any(?::uuid[]))`,
    params: [`{${countries.join(',')}}`, `{${own.join(',')}}`],
  };
}

/**
 * Every tracked municipality the reader may see, with its implementation level, for the map and the table beside it:
 * two statements (the reader's roles, the aggregate). Members who read no tracker get an empty list.
 */
export async function findImplementationMap(em: Em, viewer: Viewer): Promise<GuidelineMunicipalityLevelType[]> {
  const reader = await pathwayReaderFacts(em, viewer);
  const { where, params } = visibleTrackers(viewer, reader);
  const rows = await em.execute<(StatusCountsRow & { municipality: MunicipalityView; points: number })[]>(
    `select ${municipalityJson('m')} as municipality, (select count(*) from guideline_action_point a where ${isTracked('a')})::int as points,
        ${statusCountsSql('s')}
       from municipality m join guideline_status s on s.municipality_id = m.id
       join guideline_action_point a on a.key = s.action_point_key and ${isTracked('a')}
      where ${where} group by m.id order by m.name, m.id`,
    params,
  );
  return rows.map((row) => ({ municipality: row.municipality, counts: toCounts(row.points, row) }));
}
