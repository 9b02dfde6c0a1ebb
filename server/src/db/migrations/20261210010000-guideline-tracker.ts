import { Migration } from '@mikro-orm/migrations';

/**
 * The guidelines tracker: the action points of the CBSS guidelines (reference data, maintained by admins, with
 * label translations), one status per action point × municipality (`version` is the optimistic lock an editor
 * sends back) and every change to a status as a history row, kept as it was.
 */
export class Migration20261210010000GuidelineTracker extends Migration {
  override name = '20261210010000-guideline-tracker';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATUS_CHECK = `in ('NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'IN_PLACE', 'NOT_APPLICABLE')`;

const STATEMENTS = [
  `create table "guideline_action_point" (
     "key" text not null primary key,
     "chapter" text not null,
     "theme" text not null,
     "position" integer not null,
     "label" text not null,
     "label_translations" jsonb not null default '{}',
     "confirmed_in_cbss_material" boolean not null,
     "sources" text[] not null default '{}',
     "version" integer not null default 1,
     "updated_at" timestamptz not null default now()
   )`,
  `create table "guideline_status" (
     "id" uuid not null primary key,
     "action_point_key" text not null references "guideline_action_point" ("key"),
     "municipality_id" uuid not null references "municipality" ("id"),
     "status" text not null check ("status" ${STATUS_CHECK}),
     "reason" text null,
     "evidence_text" text null,
     "evidence_link" text null,
     "evidence_step_id" uuid null,
     "responsible_organisation_id" uuid null references "organisation" ("id") on delete set null,
     "reviewed_at" timestamptz not null,
     "version" integer not null default 1,
     "updated_by_id" uuid null references "app_user" ("id") on delete set null,
     constraint "guideline_status_unique" unique ("municipality_id", "action_point_key"),
     constraint "guideline_status_reason_check" check ("status" <> 'NOT_APPLICABLE' or "reason" is not null)
   )`,
  `create table "guideline_status_change" (
     "id" uuid not null primary key,
     "status_id" uuid not null references "guideline_status" ("id") on delete cascade,
     "municipality_id" uuid not null references "municipality" ("id"),
     "action_point_key" text not null references "guideline_action_point" ("key"),
     "version" integer not null,
     "previous_status" text null check ("previous_status" ${STATUS_CHECK}),
     "status" text not null check ("status" ${STATUS_CHECK}),
     "reason" text null,
     "evidence_text" text null,
     "evidence_link" text null,
     "evidence_step_id" uuid null,
     "responsible_organisation_id" uuid null references "organisation" ("id") on delete set null,
     "author_id" uuid null references "app_user" ("id") on delete set null,
     "changed_at" timestamptz not null default now(),
     constraint "guideline_status_change_version_unique" unique ("status_id", "version")
   )`,
  `create index "guideline_status_change_municipality_index" on "guideline_status_change" ("municipality_id", "changed_at" desc)`,
];
