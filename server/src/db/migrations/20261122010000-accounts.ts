import { Migration } from '@mikro-orm/migrations';

/** Member accounts: users, sessions, invitations, password resets, organisation editors, contacts, audit log, outbox. */
export class Migration20261122010000Accounts extends Migration {
  override name = '20261122010000-accounts';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const VISIBILITY = `('NETWORK', 'COUNTRY', 'NOBODY')`;

const STATEMENTS = [
  `create table "app_user" ("id" uuid not null, "email" text not null, "password_hash" text null,
     "status" text not null default 'ACTIVE', "network_role" text not null default 'MEMBER', "country_code" char(2) not null,
     "coordinator_of" text[] not null default '{}', "expert_id" uuid null, "totp_secret" text null,
     "totp_enabled" boolean not null default false, "totp_last_step" bigint null, "recovery_code_hashes" text[] not null default '{}',
     "created_at" timestamptz not null default now(), "deleted_at" timestamptz null, primary key ("id"),
     constraint "app_user_email_unique" unique ("email"),
     constraint "app_user_expert_id_unique" unique ("expert_id"),
     constraint "app_user_email_lower_check" check ("email" = lower("email")),
     constraint "app_user_status_check" check ("status" in ('INVITED', 'ACTIVE', 'SUSPENDED')),
     constraint "app_user_network_role_check" check ("network_role" in ('MEMBER', 'MODERATOR', 'COORDINATOR', 'ADMIN')),
     constraint "app_user_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "app_user_expert_id_foreign" foreign key ("expert_id") references "expert" ("id") on delete set null)`,
  `create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "user_agent" text null,
     "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null,
     "revoked_at" timestamptz null, primary key ("id"),
     constraint "session_token_hash_unique" unique ("token_hash"),
     constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create index "session_user_id_index" on "session" ("user_id")`,
  `create table "password_reset" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null,
     "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"),
     constraint "password_reset_token_hash_unique" unique ("token_hash"),
     constraint "password_reset_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create index "password_reset_user_id_index" on "password_reset" ("user_id")`,
  `create table "organisation_editor" ("user_id" uuid not null, "organisation_id" uuid not null, primary key ("user_id", "organisation_id"),
     constraint "organisation_editor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade,
     constraint "organisation_editor_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade)`,
  `create index "organisation_editor_organisation_id_index" on "organisation_editor" ("organisation_id")`,
  `create table "invitation" ("id" uuid not null, "email" text not null, "kind" text not null, "status" text not null default 'AWAITING_APPROVAL',
     "country_code" char(2) not null, "organisation_id" uuid null, "new_organisation_name" text null, "new_organisation_type" text null,
     "new_organisation_level" text null, "new_organisation_municipality_id" uuid null, "network_role" text not null default 'MEMBER',
     "reason" text null, "invited_by_id" uuid null, "approved_by_id" uuid null, "token_hash" text null, "expires_at" timestamptz null,
     "created_at" timestamptz not null default now(), primary key ("id"),
     constraint "invitation_token_hash_unique" unique ("token_hash"),
     constraint "invitation_kind_check" check ("kind" in ('INVITATION', 'PROPOSAL')),
     constraint "invitation_status_check" check ("status" in ('AWAITING_APPROVAL', 'SENT', 'ACCEPTED', 'REVOKED', 'EXPIRED')),
     constraint "invitation_network_role_check" check ("network_role" in ('MEMBER', 'MODERATOR', 'COORDINATOR', 'ADMIN')),
     constraint "invitation_organisation_check" check (("organisation_id" is null) <> ("new_organisation_name" is null)),
     constraint "invitation_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete cascade,
     constraint "invitation_new_organisation_municipality_id_foreign" foreign key ("new_organisation_municipality_id") references "municipality" ("id"),
     constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null,
     constraint "invitation_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on delete set null)`,
  `create index "invitation_country_code_status_index" on "invitation" ("country_code", "status")`,
  `create table "audit_event" ("id" uuid not null, "sequence" bigint not null, "occurred_at" timestamptz not null default now(),
     "action" text not null, "actor_id" uuid null, "subject_type" text null, "subject_id" uuid null, "details" jsonb not null default '{}',
     "previous_hash" text not null, "hash" text not null, primary key ("id"),
     constraint "audit_event_sequence_unique" unique ("sequence"))`,
  `create index "audit_event_occurred_at_index" on "audit_event" ("occurred_at")`,
  `create index "audit_event_action_index" on "audit_event" ("action")`,
  // Append-only in the database itself, not only by convention in the code.
  `create or replace function audit_event_append_only() returns trigger language plpgsql as $$
     begin raise exception 'audit_event is append-only'; end $$`,
  `create trigger "audit_event_append_only" before update or delete on "audit_event" for each row execute function audit_event_append_only()`,
  `create table "outbox_mail" ("id" uuid not null, "recipient" text not null, "subject" text not null, "body" text not null,
     "created_at" timestamptz not null default now(), primary key ("id"))`,
  `alter table "expert" add "email" text null, add "phone" text null, add "messaging_handle" text null,
     add "email_visibility" text not null default 'NETWORK', add "phone_visibility" text not null default 'COUNTRY',
     add "messaging_handle_visibility" text not null default 'NETWORK'`,
  `alter table "expert" add constraint "expert_email_visibility_check" check ("email_visibility" in ${VISIBILITY}),
     add constraint "expert_phone_visibility_check" check ("phone_visibility" in ${VISIBILITY}),
     add constraint "expert_messaging_handle_visibility_check" check ("messaging_handle_visibility" in ${VISIBILITY})`,
];
