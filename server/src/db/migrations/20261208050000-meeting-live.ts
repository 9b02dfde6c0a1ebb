import { Migration } from '@mikro-orm/migrations';

/**
 * Running a meeting live: when it went live and ended, its agenda (ordered items under one optimistic-lock
 * version on the meeting) with the "now discussing" pointer and per-item timer, the speaker queue (hands raised,
 * called, finished; optionally balanced by country) and attendance (check-in, leave). Everything the live view
 * shows is here, so a late joiner reads it and then resumes the event stream.
 */
export class Migration20261208050000MeetingLive extends Migration {
  override name = '20261208050000-meeting-live';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `alter table "meeting" add column "went_live_at" timestamptz null, add column "ended_at" timestamptz null,
     add column "agenda_version" int not null default 0, add column "current_item_id" uuid null,
     add column "current_item_started_at" timestamptz null, add column "current_item_extra_minutes" int not null default 0,
     add column "speakers_balanced" boolean not null default false`,
  `create table "meeting_agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null,
     "title" text not null, "planned_minutes" int not null, "fixed_starts_at" timestamptz null, "presenter_id" uuid null,
     "links" jsonb not null default '[]', "started_at" timestamptz null, "ended_at" timestamptz null, primary key ("id"),
     constraint "meeting_agenda_item_minutes_check" check ("planned_minutes" > 0),
     constraint "meeting_agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade,
     constraint "meeting_agenda_item_presenter_id_foreign" foreign key ("presenter_id") references "app_user" ("id") on delete set null)`,
  `create index "meeting_agenda_item_meeting_index" on "meeting_agenda_item" ("meeting_id", "position")`,
  `alter table "meeting" add constraint "meeting_current_item_id_foreign" foreign key ("current_item_id")
     references "meeting_agenda_item" ("id") on delete set null`,
  `create table "meeting_speaker_request" ("id" uuid not null, "meeting_id" uuid not null, "user_id" uuid not null,
     "country_code" char(2) null, "status" text not null default 'WAITING', "raised_at" timestamptz not null,
     "called_at" timestamptz null, "finished_at" timestamptz null, primary key ("id"),
     constraint "meeting_speaker_request_status_check" check ("status" in ('WAITING', 'SPEAKING', 'DONE', 'LOWERED')),
     constraint "meeting_speaker_request_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade,
     constraint "meeting_speaker_request_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade)`,
  `create unique index "meeting_speaker_request_open_unique" on "meeting_speaker_request" ("meeting_id", "user_id")
     where "status" in ('WAITING', 'SPEAKING')`,
  `create index "meeting_speaker_request_meeting_index" on "meeting_speaker_request" ("meeting_id", "status")`,
  `create table "meeting_attendance" ("meeting_id" uuid not null, "user_id" uuid not null, "country_code" char(2) null,
     "checked_in_at" timestamptz not null, "checked_in_by_id" uuid null, "in_person" boolean not null default false,
     "left_at" timestamptz null, primary key ("meeting_id", "user_id"),
     constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade,
     constraint "meeting_attendance_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade,
     constraint "meeting_attendance_checked_in_by_id_foreign" foreign key ("checked_in_by_id") references "app_user" ("id") on delete set null)`,
];
