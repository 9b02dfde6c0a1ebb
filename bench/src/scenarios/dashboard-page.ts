/**
 * S12's page: the guidelines dashboards as the client shows them to a TF-THB member — a country's heat map
 * (municipalities × action points, counts and level per municipality) and the countries compared.
 */
export const DASHBOARD_PAGE = `query GuidelineDashboards($countryCode: String!) {
  guidelineCountryProgress(countryCode: $countryCode) {
    countryCode
    actionPoints { key label }
    rows {
      municipality { id name }
      statuses
      counts { total notStarted planned inProgress inPlace notApplicable percent level }
      lastReviewedAt
    }
  }
  guidelineRegionProgress {
    countryCode countryName municipalities
    counts { total notStarted planned inProgress inPlace notApplicable percent level }
  }
}`;

const ISO = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One set of counts as JSON, from per-status counts over `total` action points (shared/src/guideline.ts's rules). */
const COUNTS = (total: string) => `json_build_object(
    'total', ${total}, 'notStarted', ${total} - planned - in_progress - in_place - not_applicable,
    'planned', planned, 'inProgress', in_progress, 'inPlace', in_place, 'notApplicable', not_applicable,
    'percent', percent,
    'level', case when percent is null or percent = 0 then 'NONE' when percent < 34 then 'LOW' when percent < 67 then 'MEDIUM' else 'HIGH' end)`;

const STATUS_COUNTS = (alias: string) => `count(*) filter (where ${alias}.status = 'PLANNED')::int as planned,
    count(*) filter (where ${alias}.status = 'IN_PROGRESS')::int as in_progress,
    count(*) filter (where ${alias}.status = 'IN_PLACE')::int as in_place,
    count(*) filter (where ${alias}.status = 'NOT_APPLICABLE')::int as not_applicable`;

const PERCENT = (total: string) =>
  `case when ${total} - not_applicable > 0 then round(100.0 * in_place / (${total} - not_applicable))::int end as percent`;

/**
 * The hand-written reference: DASHBOARD_PAGE as one statement returning the JSON body the GraphQL server sends.
 * $1 = SHA-256 of the session token, $2 = country code. It knows its viewer holds a TF-THB seat (the scenario gives
 * the bench's member one), where the server looks the seat up and applies the dashboards' ability table.
 */
export const DASHBOARD_SQL = `
with viewer as (
  select u.id from session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.status = 'ACTIVE'
),
points as (select key, label, position from guideline_action_point where retired_at is null and exists (select 1 from viewer)),
total as (select count(*)::int as n from points),
heat as (
  select m.id, m.name, max(s.reviewed_at) as last_reviewed, ${STATUS_COUNTS('s')},
    json_object_agg(s.action_point_key, s.status) as by_key
  from municipality m join guideline_status s on s.municipality_id = m.id join points p on p.key = s.action_point_key
  where m.country_code = $2 group by m.id
),
heat_rows as (
  select h.*, ${PERCENT('(select n from total)')} from heat h
),
region as (
  select c.code, c.name, count(distinct s.municipality_id)::int as municipalities, ${STATUS_COUNTS('s')}
  from guideline_status s join points p on p.key = s.action_point_key
  join municipality m on m.id = s.municipality_id join country c on c.code = m.country_code
  group by c.code
),
region_rows as (
  select r.*, ${PERCENT('(select n from total) * municipalities')} from region r
)
select json_build_object('data', json_build_object(
  'guidelineCountryProgress', json_build_object(
    'countryCode', $2::text,
    'actionPoints', coalesce((select json_agg(json_build_object('key', key, 'label', label) order by position) from points), '[]'::json),
    'rows', coalesce((select json_agg(json_build_object(
        'municipality', json_build_object('id', h.id, 'name', h.name),
        'statuses', (select json_agg(coalesce(h.by_key ->> p.key, 'NOT_STARTED') order by p.position) from points p),
        'counts', ${COUNTS('(select n from total)')},
        'lastReviewedAt', ${ISO('h.last_reviewed')}
      ) order by h.name, h.id) from heat_rows h), '[]'::json)),
  'guidelineRegionProgress', coalesce((select json_agg(json_build_object(
      'countryCode', r.code, 'countryName', r.name, 'municipalities', r.municipalities,
      'counts', ${COUNTS('(select n from total) * r.municipalities')}
    ) order by r.name) from region_rows r), '[]'::json)
))::text as body`;
