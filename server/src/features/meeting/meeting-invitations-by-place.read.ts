import type { Viewer } from '../../core/auth.js';
import { parseCountryCode } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { coordinatedCountries, isAdmin, isNetworkModerator } from '../user/user.policy.js';
import type { ContactPointPlace, MeetingCandidate, MeetingPlanning } from './meeting-invitations-by-place.types.js';
import { meetingCreation } from './meeting.policy.js';

/** A country's municipalities with their coordinates and current contact points, by name: one statement. */
export async function contactPointPlaces(em: Em, countryCode: string): Promise<ContactPointPlace[]> {
  const code = parseCountryCode(countryCode, 'countryCode');
  const rows = await em.execute<{ id: string; name: string; country_code: string; latitude: number; longitude: number; n: number }[]>(
    `select m.id::text, m.name, trim(m.country_code) as country_code, m.latitude, m.longitude,
            (select count(distinct u.id)::int from role_assignment ra join app_user u on u.expert_id = ra.expert_id
              where ra.municipality_id = m.id and ra.role = 'MUNICIPAL_CONTACT_POINT'
                and (ra.starts_on is null or ra.starts_on <= current_date) and (ra.ends_on is null or ra.ends_on >= current_date)
                and u.status = 'ACTIVE' and u.deleted_at is null) as n
       from municipality m where m.country_code = ? order by m.name`,
    [code],
  );
  return rows.map((row) => ({
    municipalityId: row.id,
    name: row.name,
    countryCode: row.country_code,
    latitude: row.latitude,
    longitude: row.longitude,
    contactPointCount: row.n,
  }));
}

/** The scopes `viewer` may plan meetings in, asked of the same table `createMeeting` authorizes with. */
export function meetingPlanning(viewer: Viewer): MeetingPlanning {
  const regional = meetingCreation.can(viewer, 'create', { level: 'REGIONAL', countryCode: null });
  const anyCountry = isAdmin(viewer) || isNetworkModerator(viewer);
  const countryCodes = anyCountry
    ? null
    : coordinatedCountries(viewer).filter((code) => meetingCreation.can(viewer, 'create', { level: 'NATIONAL', countryCode: code }));
  return { canPlan: regional || countryCodes === null || countryCodes.length > 0, regional, countryCodes };
}

const CANDIDATES_SHOWN = 10;
const likePattern = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Members with an active account whose name starts (or has a word starting) with `text`: whom a planner may name
 * as host or invite. Members see each other in the directory already; nothing more is shown. One statement.
 */
export async function meetingCandidates(em: Em, text: string): Promise<MeetingCandidate[]> {
  const query = text.trim().slice(0, 100);
  if (query.length < 2) return [];
  const pattern = likePattern(query);
  const rows = await em.execute<
    { user_id: string; expert_id: string; name: string; organisation_name: string | null; country_code: string }[]
  >(
    `select u.id::text as user_id, x.id::text as expert_id, x.full_name as name, o.name as organisation_name, trim(x.country_code) as country_code
       from expert x join app_user u on u.expert_id = x.id and u.status = 'ACTIVE' and u.deleted_at is null
       left join organisation o on o.id = x.organisation_id
      where x.full_name ilike ? or x.full_name ilike ?
      order by x.full_name, x.id limit ${CANDIDATES_SHOWN}`,
    [`${pattern}%`, `% ${pattern}%`],
  );
  return rows.map((row) => ({
    userId: row.user_id,
    expertId: row.expert_id,
    name: row.name,
    organisationName: row.organisation_name,
    countryCode: row.country_code,
  }));
}
