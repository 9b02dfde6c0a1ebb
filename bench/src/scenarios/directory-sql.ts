/**
 * S2's hand-written reference: the directory page of DIRECTORY (documents.ts) as one statement: session check,
 * page, organisation, country, municipality, roles, contacts by visibility, totalCount and pageInfo, built by
 * PostgreSQL as the JSON body the GraphQL server sends. $1 = SHA-256 of the session token, $2 = page size.
 * Contact visibility follows server/src/features/expert/expert.policy.ts.
 */
export const DIRECTORY_SQL = `
with viewer as (
  select u.country_code, u.expert_id,
         case when u.network_role = 'COORDINATOR' and u.totp_enabled then u.coordinator_of else '{}'::text[] end as coordinator_of
  from session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and u.status = 'ACTIVE'
),
page as (
  select e.*, row_number() over (order by e.full_name, e.id) as n
  from (select * from expert where exists (select 1 from viewer) order by full_name, id limit $2::int + 1) e
),
rows as (
  select p.n, format('[%s,%s]', to_json(p.full_name), to_json(p.id)) as cursor_json,
    json_build_object(
      'id', p.id, 'fullName', p.full_name, 'title', p.title,
      'organisation', json_build_object('id', o.id, 'name', o.name),
      'country', json_build_object('code', c.code, 'name', c.name),
      'municipality', case when m.id is null then null else json_build_object('id', m.id, 'name', m.name) end,
      'languages', to_json(p.languages),
      'roles', coalesce((select json_agg(json_build_object('id', r.id, 'role', r.role) order by r.role)
                         from role_assignment r where r.expert_id = p.id), '[]'::json),
      'contacts', json_build_object(
        'email', case when ${visible('email')} then p.email end,
        'phone', case when ${visible('phone')} then p.phone end,
        'messagingHandle', case when ${visible('messaging_handle')} then p.messaging_handle end)
    ) as node
  from page p cross join viewer v
  join organisation o on o.id = p.organisation_id
  join country c on c.code = p.country_code
  left join municipality m on m.id = p.municipality_id
  where p.n <= $2::int
)
select json_build_object('data', case when exists (select 1 from viewer) then json_build_object('experts', json_build_object(
  'totalCount', (select count(*) from expert),
  'edges', coalesce((select json_agg(json_build_object('cursor', ${base64url('cursor_json')}, 'node', node) order by n) from rows), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) > $2::int from page),
    'endCursor', (select ${base64url('cursor_json')} from rows order by n desc limit 1))
)) end)::text as body`;

function visible(column: string): string {
  return `(p.id = v.expert_id or p.country_code = any(v.coordinator_of) or p.${column}_visibility = 'NETWORK'
           or (p.${column}_visibility = 'COUNTRY' and p.country_code = v.country_code))`;
}

/** MikroORM's cursor: base64url of the JSON array of the order-by values. */
export function base64url(json: string): string {
  return `translate(rtrim(replace(encode(convert_to(${json}, 'UTF8'), 'base64'), E'\\n', ''), '='), '+/', '-_')`;
}
