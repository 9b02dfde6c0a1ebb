import { Migration } from '@mikro-orm/migrations';

/**
 * Referral pathways: one per municipality (a local mechanism) or per country (the national one). Every saved change
 * is a version row (its steps as JSON, its author, time and reason); the pathway points at its latest and its
 * published version. `latest_number` is the optimistic lock an editor sends back.
 */
export class Migration20261208080000Pathway extends Migration {
  override name = '20261208080000-pathway';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATEMENTS = [
  `create table "referral_pathway" (
     "id" uuid not null primary key,
     "level" text not null check ("level" in ('LOCAL', 'NATIONAL')),
     "country_code" text not null references "country" ("code"),
     "municipality_id" uuid null references "municipality" ("id"),
     "is_public" boolean not null default false,
     "latest_number" integer not null default 0,
     "published_number" integer null,
     "editor_expert_ids" uuid[] not null default '{}',
     "created_at" timestamptz not null default now(),
     "updated_at" timestamptz not null default now(),
     constraint "referral_pathway_place_check" check (("level" = 'LOCAL') = ("municipality_id" is not null)),
     constraint "referral_pathway_published_check" check ("published_number" is null or "published_number" between 1 and "latest_number")
   )`,
  `create unique index "referral_pathway_municipality_unique" on "referral_pathway" ("municipality_id") where "municipality_id" is not null`,
  `create unique index "referral_pathway_country_unique" on "referral_pathway" ("country_code") where "municipality_id" is null`,
  `create table "pathway_version" (
     "id" uuid not null primary key,
     "pathway_id" uuid not null references "referral_pathway" ("id") on delete cascade,
     "number" integer not null check ("number" >= 1),
     "steps" jsonb not null,
     "reason" text not null,
     "author_id" uuid null references "app_user" ("id") on delete set null,
     "created_at" timestamptz not null default now(),
     "published_at" timestamptz null,
     "published_by_id" uuid null references "app_user" ("id") on delete set null,
     constraint "pathway_version_number_unique" unique ("pathway_id", "number")
   )`,
];
