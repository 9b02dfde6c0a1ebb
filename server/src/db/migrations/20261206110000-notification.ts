import { Migration } from '@mikro-orm/migrations';

/**
 * Notifications of what happened to a member's things elsewhere (a mention, a reply), and how each member wants
 * them mailed. A notification names its subject by type and id only: the feature that owns the subject says, at
 * read time, whether the reader may still see it and what it is called.
 */
export class Migration20261206110000Notification extends Migration {
  override name = '20261206110000-notification';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `create table "notification" ("id" uuid not null, "recipient_id" uuid not null, "kind" text not null,
     "subject_type" text not null, "subject_id" text not null, "context" text null, "actor_id" uuid null,
     "key" text not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null,
     "emailed_at" timestamptz null, "digested_at" timestamptz null,
     primary key ("id"),
     constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on delete cascade,
     constraint "notification_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null,
     constraint "notification_recipient_key_unique" unique ("recipient_id", "key"))`,
  // "My notifications, newest first" and its cursor; the partial one serves the unread list, count and digest.
  `create index "notification_recipient_newest_index" on "notification" ("recipient_id", "created_at" desc, "id" desc)`,
  `create index "notification_recipient_unread_index" on "notification" ("recipient_id", "created_at" desc, "id" desc)
     where "read_at" is null`,
  `create index "notification_recipient_context_index" on "notification" ("recipient_id", "context") where "context" is not null`,
  `create table "notification_preference" ("user_id" uuid not null, "mention_emails" boolean not null default true,
     "digest" text not null default 'DAILY', "digest_weekday" smallint not null default 1,
     "last_digest_period" date null,
     primary key ("user_id"),
     constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade,
     constraint "notification_preference_digest_check" check ("digest" in ('DAILY', 'WEEKLY', 'OFF')),
     constraint "notification_preference_digest_weekday_check" check ("digest_weekday" between 1 and 7))`,
];
