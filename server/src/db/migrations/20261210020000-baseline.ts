import { Migration } from '@mikro-orm/migrations';

/**
 * The baseline assessment: one questionnaire per municipality and year, its typed answers as one JSON document
 * (question → part → value, checked against the schemas in @strom/shared), and the log of every save, submission,
 * acceptance and reopening under the client's id, so a retried command is applied once.
 */
export class Migration20261210020000Baseline extends Migration {
  override name = '20261210020000-baseline';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATEMENTS = [
  `create table "baseline_assessment" ("id" uuid not null, "municipality_id" uuid not null, "country_code" char(2) not null,
     "year" int not null, "status" text not null default 'DRAFT', "answers" jsonb not null default '{}',
     "version" int not null default 1, "submitted_at" timestamptz null, "submitted_by_id" uuid null,
     "accepted_at" timestamptz null, "accepted_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
     primary key ("id"),
     constraint "baseline_assessment_place_year_unique" unique ("municipality_id", "year"),
     constraint "baseline_assessment_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     constraint "baseline_assessment_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "baseline_assessment_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete set null,
     constraint "baseline_assessment_accepted_by_id_foreign" foreign key ("accepted_by_id") references "app_user" ("id") on delete set null,
     constraint "baseline_assessment_status_check" check ("status" in ('DRAFT', 'SUBMITTED', 'ACCEPTED')),
     constraint "baseline_assessment_year_check" check ("year" between 2000 and 2100))`,
  `create index "baseline_assessment_country_year_index" on "baseline_assessment" ("country_code", "year")`,
  `create table "baseline_event" ("client_id" uuid not null, "assessment_id" uuid not null, "kind" text not null,
     "version" int not null, "actor_id" uuid null, "at" timestamptz not null, primary key ("client_id"),
     constraint "baseline_event_assessment_id_foreign" foreign key ("assessment_id") references "baseline_assessment" ("id") on delete cascade,
     constraint "baseline_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null,
     constraint "baseline_event_kind_check" check ("kind" in ('SAVED', 'SUBMITTED', 'ACCEPTED', 'REOPENED')))`,
  `create index "baseline_event_assessment_index" on "baseline_event" ("assessment_id", "at")`,
];
