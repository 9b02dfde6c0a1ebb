import { Migration } from '@mikro-orm/migrations';

/**
 * Search relevance and speed (issue 15). Each municipality and country keeps the other names people type for
 * it ("Rīga", "Рига", "København", "Lietuva"), and `search_names` holds all its names folded the way a search
 * is (lower case, no accents, words separated by single spaces) so one indexed lookup finds a place.
 * Experts and organisations keep their folded name (`search_name`) so that ranking reads it instead of
 * unaccenting every candidate's name again; the trigram indexes move to that column.
 */
export class Migration20261206120000SearchRelevance extends Migration {
  override name = '20261206120000-search-relevance';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  // Separators are spelled out rather than a regex class, whose meaning for non-ASCII letters depends on the locale.
  `create or replace function search_place_names(name text, other_names text[]) returns text[]
     language sql immutable parallel safe strict
     as $$ select array_agg(distinct trim(regexp_replace(lower(immutable_unaccent(lower(n))), '[-–—()., ''’/]+', ' ', 'g')))
           from unnest(array_prepend(name, other_names)) as n $$`,
  ...['municipality', 'country'].flatMap((table) => [
    `alter table "${table}" add column "other_names" text[] not null default '{}'`,
    `alter table "${table}" add column "search_names" text[] generated always as (search_place_names("name", "other_names")) stored`,
    `create index "${table}_search_names_index" on "${table}" using gin ("search_names")`,
  ]),
  ...[
    ['expert', 'full_name'],
    ['organisation', 'name'],
  ].flatMap(([table, name]) => [
    `alter table "${table}" add column "search_name" text generated always as (immutable_unaccent(lower("${name}"))) stored`,
    `create index "${table}_search_name_trgm_index" on "${table}" using gin ("search_name" gin_trgm_ops)`,
  ]),
  // Replaced by the indexes above; nothing looks municipalities up by trigrams any more.
  `drop index "expert_full_name_trgm_index"`,
  `drop index "organisation_name_trgm_index"`,
  `drop index "municipality_name_trgm_index"`,
];
