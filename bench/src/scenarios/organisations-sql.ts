import { base64url } from './directory-sql.js';

/**
 * S1b's hand-written reference: the anonymous organisation directory's first page (documents.ts ORGANISATIONS)
 * as one statement building the JSON body the GraphQL server sends. $1 = page size. Anonymous visitors see
 * publicly listed organisations only (server/src/features/organisation/organisation-filter.ts).
 */
export const ORGANISATIONS_SQL = `
with page as (
  select o.*, row_number() over (order by o.name, o.id) as n
  from (select * from organisation where publicly_listed order by name, id limit $1::int + 1) o
),
rows as (
  select p.n, format('[%s,%s]', to_json(p.name), to_json(p.id)) as cursor_json,
    json_build_object(
      'id', p.id, 'name', p.name, 'acronym', p.acronym, 'type', p.type,
      'scope', json_build_object('level', p.level,
        'country', case when c.code is null then null else json_build_object('code', c.code, 'name', c.name) end,
        'municipality', case when m.id is null then null else json_build_object('id', m.id, 'name', m.name) end),
      'services', coalesce((select json_agg(json_build_object('id', s.id, 'kind', s.kind) order by s.kind, s.id)
                            from organisation_service s where s.organisation_id = p.id), '[]'::json)
    ) as node
  from page p left join country c on c.code = p.country_code left join municipality m on m.id = p.municipality_id
  where p.n <= $1::int
)
select json_build_object('data', json_build_object('organisations', json_build_object(
  'totalCount', (select count(*) from organisation where publicly_listed),
  'edges', coalesce((select json_agg(json_build_object('cursor', ${base64url('cursor_json')}, 'node', node) order by n) from rows), '[]'::json),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) > $1::int from page),
    'endCursor', (select ${base64url('cursor_json')} from rows order by n desc limit 1))
)))::text as body`;
