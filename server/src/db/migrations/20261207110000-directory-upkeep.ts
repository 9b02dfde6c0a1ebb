import { Migration } from '@mikro-orm/migrations';

/**
 * Directory upkeep: organisations are proposed, approved, merged and closed (their rows stay, so history and the
 * people who worked there keep their links); organisations and profiles carry when they were last confirmed; a
 * municipality has at most one contact point on any day, which the database itself refuses to break.
 */
export class Migration20261207110000DirectoryUpkeep extends Migration {
  override name = '20261207110000-directory-upkeep';

  override up(): void {
    for (const sql of [...ORGANISATION, ...FRESHNESS, ...ROLES, ...ACTIVITY]) this.addSql(sql);
  }
}

const ORGANISATION = [
  `alter table "organisation" add column "status" text not null default 'ACTIVE',
     add column "merged_into_id" uuid null, add column "closed_at" timestamptz null,
     add column "proposed_by_id" uuid null, add column "proposal_reason" text null`,
  `alter table "organisation" add constraint "organisation_status_check" check ("status" in ('PROPOSED', 'ACTIVE', 'CLOSED', 'MERGED'))`,
  `alter table "organisation" add constraint "organisation_merged_into_check"
     check (("status" = 'MERGED') = ("merged_into_id" is not null) and ("merged_into_id" is null or "merged_into_id" <> "id"))`,
  `alter table "organisation" add constraint "organisation_merged_into_id_foreign" foreign key ("merged_into_id") references "organisation" ("id")`,
  `alter table "organisation" add constraint "organisation_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on delete set null`,
  `create index "organisation_proposed_index" on "organisation" ("country_code") where "status" = 'PROPOSED'`,
];

const FRESHNESS = ['organisation', 'expert'].flatMap((table) => [
  `alter table "${table}" add column "last_confirmed_at" timestamptz not null default now(), add column "confirmation_reminded_at" timestamptz null`,
  `create index "${table}_last_confirmed_at_index" on "${table}" ("last_confirmed_at")`,
]);

const ROLES = [
  `create extension if not exists btree_gist`,
  `alter table "role_assignment" add column "assigned_by_id" uuid null`,
  `alter table "role_assignment" add constraint "role_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "app_user" ("id") on delete set null`,
  // No two contact points of one municipality on the same day: at most one is current, whatever today is. Checked at
  // commit, so a command may end the last one and add the next in either order.
  `alter table "role_assignment" add constraint "role_assignment_one_contact_point"
     exclude using gist ("municipality_id" with =, daterange("starts_on", "ends_on", '[]') with &&)
     where ("role" = 'MUNICIPAL_CONTACT_POINT') deferrable initially deferred`,
];

const ACTIVITY = [
  `alter table "network_activity" drop constraint "network_activity_kind_check"`,
  `alter table "network_activity" add constraint "network_activity_kind_check" check ("kind" in ('ORGANISATION_ADDED',
     'ORGANISATION_UPDATED', 'SERVICE_ADDED', 'PROFILE_PUBLISHED', 'PROFILE_UPDATED', 'THREAD_CREATED', 'CONTACT_POINT_CHANGED'))`,
];
