import { Migration } from '@mikro-orm/migrations';

/** Single-use CSV export tickets, and the directory-change kind the live feed gains with this issue. */
export class Migration20261124010000Export extends Migration {
  override name = '20261124010000-export';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `create table "export_ticket" ("id" uuid not null, "token_hash" text not null, "user_id" uuid not null,
     "filter" jsonb not null default '{}', "expires_at" timestamptz not null, "used_at" timestamptz null,
     "created_at" timestamptz not null default now(), primary key ("id"),
     constraint "export_ticket_token_hash_unique" unique ("token_hash"),
     constraint "export_ticket_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create index "export_ticket_user_id_index" on "export_ticket" ("user_id")`,
  `alter table "network_activity" drop constraint "network_activity_kind_check"`,
  `alter table "network_activity" add constraint "network_activity_kind_check"
     check ("kind" in ('ORGANISATION_ADDED', 'ORGANISATION_UPDATED', 'SERVICE_ADDED', 'PROFILE_PUBLISHED', 'PROFILE_UPDATED'))`,
];
