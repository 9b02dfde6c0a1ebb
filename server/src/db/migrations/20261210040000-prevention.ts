import { Migration } from '@mikro-orm/migrations';

/**
 * The prevention catalogue: what a municipality, a country or the region did to prevent trafficking among groups at
 * risk, with its partners from the directory. Materials are links ({title, url}) until the library's resources can
 * be named instead.
 */
export class Migration20261210040000Prevention extends Migration {
  override name = '20261210040000-prevention';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATEMENTS = [
  `create table "prevention_activity" ("id" uuid not null, "author_id" uuid null, "title" text not null,
     "description" text not null, "target_groups" text[] not null default '{}', "forms_of_exploitation" text[] not null default '{}',
     "level" text not null, "country_code" char(2) null, "municipality_id" uuid null,
     "starts_on" date not null, "ends_on" date null, "people_reached" int null, "reach_note" text null,
     "results" text null, "lessons" text null, "materials" jsonb not null default '[]',
     "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null,
     primary key ("id"),
     constraint "prevention_activity_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null,
     constraint "prevention_activity_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "prevention_activity_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     constraint "prevention_activity_scope_check" check (("level" = 'REGIONAL' and "country_code" is null and "municipality_id" is null)
       or ("level" = 'NATIONAL' and "country_code" is not null and "municipality_id" is null)
       or ("level" = 'LOCAL' and "country_code" is not null and "municipality_id" is not null)),
     constraint "prevention_activity_period_check" check ("ends_on" is null or "ends_on" >= "starts_on"),
     constraint "prevention_activity_reach_check" check ("people_reached" is null or "people_reached" >= 0))`,
  `create index "prevention_activity_period_index" on "prevention_activity" ("starts_on" desc, "id" desc)`,
  `create index "prevention_activity_country_index" on "prevention_activity" ("country_code", "starts_on" desc)`,
  `create index "prevention_activity_municipality_index" on "prevention_activity" ("municipality_id") where "municipality_id" is not null`,
  `create index "prevention_activity_target_groups_index" on "prevention_activity" using gin ("target_groups")`,
  `create index "prevention_activity_forms_index" on "prevention_activity" using gin ("forms_of_exploitation")`,
  `create table "prevention_partner" ("activity_id" uuid not null, "organisation_id" uuid not null, "position" int not null,
     primary key ("activity_id", "organisation_id"),
     constraint "prevention_partner_activity_id_foreign" foreign key ("activity_id") references "prevention_activity" ("id") on delete cascade,
     constraint "prevention_partner_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade)`,
  `create index "prevention_partner_organisation_index" on "prevention_partner" ("organisation_id")`,
];
