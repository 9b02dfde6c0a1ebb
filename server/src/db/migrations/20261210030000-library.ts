import { Migration } from '@mikro-orm/migrations';

/**
 * The library. Files are content-addressed blobs kept in the database in chunks (an upload is written chunk by
 * chunk as it arrives, so a 25 MB file never sits in memory whole): `resource_blob` is complete once its bytes
 * are all in and hashed, and the same bytes uploaded twice are kept once. `resource_upload` is the receipt a member
 * redeems when saving the resource; a sweep removes what was never redeemed. `search_text` holds the words the
 * search reads: the record's own and the text extracted from a PDF or DOCX.
 */
export class Migration20261210030000Library extends Migration {
  override name = '20261210030000-library';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATEMENTS = [
  `create table "resource_blob" ("id" uuid not null, "sha256" char(64) null, "size" bigint not null default 0,
     "content_type" text not null, "text_content" text null, "complete" boolean not null default false,
     "created_at" timestamptz not null default now(), primary key ("id"))`,
  `create unique index "resource_blob_sha256_unique" on "resource_blob" ("sha256") where "complete"`,
  `create table "resource_blob_chunk" ("blob_id" uuid not null, "seq" int not null, "data" bytea not null,
     primary key ("blob_id", "seq"),
     constraint "resource_blob_chunk_blob_id_foreign" foreign key ("blob_id") references "resource_blob" ("id") on delete cascade)`,
  `create table "resource_upload" ("id" uuid not null, "blob_id" uuid not null, "uploaded_by_id" uuid not null,
     "file_name" text not null, "created_at" timestamptz not null default now(), primary key ("id"),
     constraint "resource_upload_blob_id_foreign" foreign key ("blob_id") references "resource_blob" ("id") on delete cascade,
     constraint "resource_upload_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on delete cascade)`,
  `create table "resource" ("id" uuid not null, "kind" text not null, "title" text not null, "summary" text null,
     "level" text not null, "country_code" char(2) null, "municipality_id" uuid null, "visibility" text not null,
     "languages" text[] not null default '{}', "tags" text[] not null default '{}', "forms" text[] not null default '{}',
     "target_groups" text[] not null default '{}', "year" int null, "publisher" text null, "url" text null,
     "blob_id" uuid null, "file_name" text null, "author_id" uuid null, "recommendations" int not null default 0,
     "search_text" text not null default '', "created_at" timestamptz not null, "updated_at" timestamptz not null,
     primary key ("id"),
     constraint "resource_kind_check" check ("kind" in ('GUIDELINE', 'PRACTICE', 'REPORT', 'TEMPLATE', 'TRAINING', 'LEGISLATION', 'CAMPAIGN')),
     constraint "resource_visibility_check" check ("visibility" in ('PUBLIC', 'NETWORK', 'SCOPE')),
     constraint "resource_scope_check" check (
       ("level" = 'LOCAL' and "municipality_id" is not null and "country_code" is not null)
       or ("level" = 'NATIONAL' and "municipality_id" is null and "country_code" is not null)
       or ("level" = 'REGIONAL' and "municipality_id" is null and "country_code" is null)),
     constraint "resource_link_or_file_check" check (("url" is null) <> ("blob_id" is null)),
     constraint "resource_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "resource_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     constraint "resource_blob_id_foreign" foreign key ("blob_id") references "resource_blob" ("id"),
     constraint "resource_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null)`,
  `alter table "resource" add column "search_vector" tsvector
     generated always as (to_tsvector('simple', immutable_unaccent("search_text"))) stored`,
  `create index "resource_search_vector_index" on "resource" using gin ("search_vector")`,
  `create index "resource_created_at_index" on "resource" ("created_at" desc, "id")`,
  `create table "resource_recommendation" ("resource_id" uuid not null, "user_id" uuid not null,
     "created_at" timestamptz not null default now(), primary key ("resource_id", "user_id"),
     constraint "resource_recommendation_resource_id_foreign" foreign key ("resource_id") references "resource" ("id") on delete cascade,
     constraint "resource_recommendation_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
];
