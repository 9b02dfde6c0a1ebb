import { Migration } from '@mikro-orm/migrations';

/**
 * Meetings, planned: the meeting, its hosts and participants (with RSVP and the waiting list), a date poll of
 * proposed slots and answers, reminders (one row per meeting and offset, claimed once when due), private
 * calendar feed tokens, and the meeting's ordered event log (`sequence` per meeting) that the live stream will
 * resume from.
 */
export class Migration20261207100000Meeting extends Migration {
  override name = '20261207100000-meeting';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `create table "meeting" ("id" uuid not null, "title" text not null, "purpose" text null,
     "purpose_confirmations" jsonb not null default '[]', "level" text not null, "country_code" char(2) null,
     "municipality_id" uuid null, "follows_id" uuid null, "starts_at" timestamptz null, "ends_at" timestamptz null,
     "time_zone" text not null, "format" text not null, "venue" text null, "online_link" text null, "capacity" int null,
     "visibility" text not null, "status" text not null default 'DRAFT', "cancel_reason" text null,
     "reminder_offsets" int[] not null default '{10080,1440}', "calendar_sequence" int not null default 0,
     "last_event_sequence" bigint not null default 0, "created_by_id" uuid null,
     "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
     "version" int not null default 1, primary key ("id"),
     constraint "meeting_level_check" check ("level" in ('LOCAL', 'NATIONAL', 'REGIONAL')),
     constraint "meeting_format_check" check ("format" in ('IN_PERSON', 'ONLINE', 'HYBRID')),
     constraint "meeting_visibility_check" check ("visibility" in ('NETWORK', 'SCOPE', 'INVITED')),
     constraint "meeting_status_check" check ("status" in ('DRAFT', 'SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')),
     constraint "meeting_times_check" check ("ends_at" > "starts_at"),
     constraint "meeting_scheduled_has_times_check" check ("status" = 'DRAFT' or "status" = 'CANCELLED' or "starts_at" is not null),
     constraint "meeting_capacity_check" check ("capacity" is null or "capacity" > 0),
     constraint "meeting_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "meeting_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     constraint "meeting_follows_id_foreign" foreign key ("follows_id") references "meeting" ("id") on delete set null,
     constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null)`,
  `create index "meeting_starts_at_index" on "meeting" ("starts_at", "id")`,
  `create index "meeting_follows_id_index" on "meeting" ("follows_id") where "follows_id" is not null`,
  `create table "meeting_host" ("meeting_id" uuid not null, "user_id" uuid not null, primary key ("meeting_id", "user_id"),
     constraint "meeting_host_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade,
     constraint "meeting_host_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create index "meeting_host_user_id_index" on "meeting_host" ("user_id")`,
  `create table "meeting_participant" ("meeting_id" uuid not null, "user_id" uuid not null,
     "status" text not null default 'INVITED', "role" text not null default 'PARTICIPANT', "note" text null,
     "invited_by_id" uuid null, "invited_at" timestamptz not null default now(), "answered_at" timestamptz null,
     "waiting_since" timestamptz null, primary key ("meeting_id", "user_id"),
     constraint "meeting_participant_status_check" check ("status" in ('INVITED', 'ACCEPTED', 'WAITING', 'TENTATIVE', 'DECLINED')),
     constraint "meeting_participant_role_check" check ("role" in ('MODERATOR', 'SPEAKER', 'PARTICIPANT')),
     constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade,
     constraint "meeting_participant_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade,
     constraint "meeting_participant_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on delete set null)`,
  `create index "meeting_participant_user_id_index" on "meeting_participant" ("user_id")`,
  `create index "meeting_participant_waiting_index" on "meeting_participant" ("meeting_id", "waiting_since") where "status" = 'WAITING'`,
  `create table "meeting_slot" ("id" uuid not null, "meeting_id" uuid not null, "starts_at" timestamptz not null,
     "ends_at" timestamptz not null, primary key ("id"),
     constraint "meeting_slot_times_check" check ("ends_at" > "starts_at"),
     constraint "meeting_slot_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade)`,
  `create index "meeting_slot_meeting_id_index" on "meeting_slot" ("meeting_id", "starts_at")`,
  `create table "meeting_slot_answer" ("slot_id" uuid not null, "user_id" uuid not null, "answer" text not null,
     primary key ("slot_id", "user_id"),
     constraint "meeting_slot_answer_check" check ("answer" in ('YES', 'IF_NEED_BE', 'NO')),
     constraint "meeting_slot_answer_slot_id_foreign" foreign key ("slot_id") references "meeting_slot" ("id") on delete cascade,
     constraint "meeting_slot_answer_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create table "meeting_reminder" ("meeting_id" uuid not null, "offset_minutes" int not null, "due_at" timestamptz not null,
     "sent_at" timestamptz null, primary key ("meeting_id", "offset_minutes"),
     constraint "meeting_reminder_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade)`,
  `create index "meeting_reminder_due_index" on "meeting_reminder" ("due_at") where "sent_at" is null`,
  `create table "meeting_event" ("meeting_id" uuid not null, "sequence" bigint not null, "kind" text not null,
     "payload" jsonb not null default '{}', "created_at" timestamptz not null default now(), primary key ("meeting_id", "sequence"),
     constraint "meeting_event_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade)`,
  `create table "calendar_feed" ("user_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null default now(),
     primary key ("user_id"), constraint "calendar_feed_token_hash_unique" unique ("token_hash"),
     constraint "calendar_feed_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
];
