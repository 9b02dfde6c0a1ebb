import { Migration } from '@mikro-orm/migrations';

/** The first slice: reference data, organisations with services, experts with roles, and the activity feed. */
export class Migration20261122000000Directory extends Migration {
  override name = '20261122000000-directory';

  override up(): void {
    for (const statement of [...SEARCH_SUPPORT, ...TABLES, ...SCOPE_CHECKS, ...FOREIGN_KEYS, ...INDEXES]) this.addSql(statement);
  }
}

const SEARCH_SUPPORT = [
  `create extension if not exists pg_trgm`,
  `create extension if not exists unaccent`,
  // unaccent() is only STABLE (its dictionary could change); generated columns and indexes need IMMUTABLE.
  `create or replace function immutable_unaccent(text) returns text language sql immutable parallel safe strict
     as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`,
  `create or replace function immutable_array_to_string(text[]) returns text language sql immutable parallel safe strict
     as $$ select array_to_string($1, ' ') $$`,
];

const TABLES = [
  `create table "country" ("code" char(2) not null, "name" text not null, "cbss_member" boolean not null,
     "strom_participant" boolean not null, "time_zone" text not null, primary key ("code"))`,
  `create table "municipality" ("id" uuid not null, "name" text not null, "country_code" char(2) not null,
     "latitude" double precision not null, "longitude" double precision not null, "population" int null, primary key ("id"),
     constraint "municipality_country_code_name_unique" unique ("country_code", "name"))`,
  `create table "organisation" ("id" uuid not null, "level" text not null, "country_code" char(2) null, "municipality_id" uuid null,
     "name" text not null, "acronym" text null, "type" text not null, "description" text null, "website" text null,
     "publicly_listed" boolean not null default true, "is_demo" boolean not null default false, "version" int not null default 1,
     "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
     "search_vector" tsvector generated always as (to_tsvector('simple', immutable_unaccent(
        "name" || ' ' || coalesce("acronym", '') || ' ' || coalesce("description", '')))) stored,
     primary key ("id"),
     constraint "organisation_level_check" check ("level" in ('LOCAL', 'NATIONAL', 'REGIONAL')),
     constraint "organisation_type_check" check ("type" in ('MUNICIPAL_SOCIAL_SERVICES', 'CHILD_PROTECTION', 'MUNICIPAL_ADMINISTRATION',
       'POLICE', 'BORDER_GUARD', 'PROSECUTION', 'COURT', 'LABOUR_INSPECTORATE', 'MIGRATION_AUTHORITY', 'HEALTH_SERVICE',
       'EDUCATION_INSTITUTION', 'MINISTRY', 'NATIONAL_COORDINATOR', 'NGO', 'SERVICE_PROVIDER', 'EMBASSY_CONSULATE', 'TRADE_UNION',
       'EMPLOYERS_ORGANISATION', 'INTERNATIONAL_ORGANISATION', 'RESEARCH_INSTITUTE', 'OTHER')))`,
  `create table "organisation_service" ("id" uuid not null, "organisation_id" uuid not null, "kind" text not null, "capacity" int null,
     "target_groups" text[] not null, "languages" text[] not null, "available24x7" boolean not null default false,
     "forms_of_exploitation" text[] not null, "description" text null, primary key ("id"),
     constraint "organisation_service_capacity_check" check ("capacity" is null or "capacity" >= 0),
     constraint "organisation_service_kind_check" check ("kind" in ('SAFE_ACCOMMODATION', 'EMERGENCY_MEDICAL', 'HEALTH_CARE',
       'PSYCHOLOGICAL_SUPPORT', 'MATERIAL_ASSISTANCE', 'INTERPRETATION', 'LEGAL_COUNSELLING', 'CRIMINAL_PROCEEDINGS_SUPPORT',
       'COMPENSATION_CLAIMS', 'CASE_MANAGEMENT', 'CHILD_GUARDIANSHIP', 'EDUCATION', 'EMPLOYMENT_SUPPORT', 'SAFE_RETURN',
       'REINTEGRATION', 'HOTLINE', 'OUTREACH', 'RISK_ASSESSMENT')))`,
  `create table "expert" ("id" uuid not null, "full_name" text not null, "title" text null, "organisation_id" uuid not null,
     "country_code" char(2) not null, "municipality_id" uuid null, "languages" text[] not null, "bio" text null,
     "forms_of_exploitation" text[] not null, "topics" text[] not null, "available_for_consultation" boolean not null default false,
     "is_demo" boolean not null default false, "version" int not null default 1,
     "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
     "search_vector" tsvector generated always as (to_tsvector('simple', immutable_unaccent(
        "full_name" || ' ' || coalesce("title", '') || ' ' || coalesce("bio", '') || ' ' || immutable_array_to_string("topics")))) stored,
     primary key ("id"))`,
  `create table "role_assignment" ("id" uuid not null, "level" text not null, "country_code" char(2) null, "municipality_id" uuid null,
     "expert_id" uuid not null, "role" text not null, "responsibilities" text null, "starts_on" date null, "ends_on" date null,
     primary key ("id"),
     constraint "role_assignment_level_check" check ("level" in ('LOCAL', 'NATIONAL', 'REGIONAL')),
     constraint "role_assignment_dates_check" check ("ends_on" is null or "starts_on" is null or "ends_on" >= "starts_on"),
     constraint "role_assignment_role_check" check ("role" in ('FIRST_IDENTIFIER', 'FORMAL_IDENTIFIER', 'REFERRAL_CONTACT_POINT',
       'CASE_MANAGER', 'SERVICE_PROVIDER', 'INVESTIGATOR', 'PROSECUTOR', 'LABOUR_INSPECTOR', 'CHILD_PROTECTION_OFFICER',
       'GUARDIAN_ADVOCATE', 'PREVENTION_WORKER', 'POLICY_COORDINATOR', 'TRAINER', 'RESEARCHER', 'MUNICIPAL_CONTACT_POINT',
       'NATIONAL_COORDINATOR', 'TF_THB_MEMBER', 'MODERATOR')))`,
  `create table "network_activity" ("id" uuid not null, "kind" text not null, "occurred_at" timestamptz not null,
     "organisation_id" uuid null, "expert_id" uuid null, primary key ("id"),
     constraint "network_activity_kind_check" check ("kind" in ('ORGANISATION_ADDED', 'ORGANISATION_UPDATED', 'SERVICE_ADDED', 'PROFILE_PUBLISHED')))`,
];

// A scope names exactly what its level needs: LOCAL a municipality (and its country), NATIONAL a country, REGIONAL neither.
const SCOPE_CHECKS = ['organisation', 'role_assignment'].map(
  (table) => `alter table "${table}" add constraint "${table}_scope_check" check (
     ("level" = 'LOCAL' and "municipality_id" is not null and "country_code" is not null)
     or ("level" = 'NATIONAL' and "municipality_id" is null and "country_code" is not null)
     or ("level" = 'REGIONAL' and "municipality_id" is null and "country_code" is null))`,
);

const FOREIGN_KEYS = [
  `alter table "municipality" add constraint "municipality_country_code_foreign" foreign key ("country_code") references "country" ("code")`,
  `alter table "organisation" add constraint "organisation_country_code_foreign" foreign key ("country_code") references "country" ("code")`,
  `alter table "organisation" add constraint "organisation_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id")`,
  `alter table "organisation_service" add constraint "organisation_service_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade`,
  `alter table "expert" add constraint "expert_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id")`,
  `alter table "expert" add constraint "expert_country_code_foreign" foreign key ("country_code") references "country" ("code")`,
  `alter table "expert" add constraint "expert_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id")`,
  `alter table "role_assignment" add constraint "role_assignment_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete cascade`,
  `alter table "role_assignment" add constraint "role_assignment_country_code_foreign" foreign key ("country_code") references "country" ("code")`,
  `alter table "role_assignment" add constraint "role_assignment_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id")`,
  `alter table "network_activity" add constraint "network_activity_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade`,
  `alter table "network_activity" add constraint "network_activity_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete cascade`,
];

const INDEXES = [
  // Keyset pagination orders by (name, id).
  `create index "organisation_name_id_index" on "organisation" ("name", "id")`,
  `create index "expert_full_name_id_index" on "expert" ("full_name", "id")`,
  `create index "network_activity_occurred_at_id_index" on "network_activity" ("occurred_at" desc, "id" desc)`,
  // Foreign keys we filter and batch-load by.
  `create index "organisation_country_code_index" on "organisation" ("country_code")`,
  `create index "organisation_municipality_id_index" on "organisation" ("municipality_id")`,
  `create index "organisation_service_organisation_id_index" on "organisation_service" ("organisation_id")`,
  `create index "expert_organisation_id_index" on "expert" ("organisation_id")`,
  `create index "expert_country_code_index" on "expert" ("country_code")`,
  `create index "expert_municipality_id_index" on "expert" ("municipality_id")`,
  `create index "role_assignment_expert_id_index" on "role_assignment" ("expert_id")`,
  `create index "role_assignment_role_index" on "role_assignment" ("role")`,
  `create index "municipality_country_code_index" on "municipality" ("country_code")`,
  // Array facets.
  `create index "expert_languages_index" on "expert" using gin ("languages")`,
  `create index "expert_forms_of_exploitation_index" on "expert" using gin ("forms_of_exploitation")`,
  // Full text and accent- and typo-tolerant names ("Liepaja" finds "Liepāja").
  `create index "organisation_search_vector_index" on "organisation" using gin ("search_vector")`,
  `create index "expert_search_vector_index" on "expert" using gin ("search_vector")`,
  `create index "organisation_name_trgm_index" on "organisation" using gin (immutable_unaccent(lower("name")) gin_trgm_ops)`,
  `create index "expert_full_name_trgm_index" on "expert" using gin (immutable_unaccent(lower("full_name")) gin_trgm_ops)`,
  `create index "municipality_name_trgm_index" on "municipality" using gin (immutable_unaccent(lower("name")) gin_trgm_ops)`,
];
