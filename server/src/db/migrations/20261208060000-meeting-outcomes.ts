import { Migration } from '@mikro-orm/migrations';

/**
 * What a meeting produces: live polls (options, one ballot per member: the voter is kept even for anonymous polls
 * so a second ballot can be refused, and never shown), questions with upvotes, notes and decisions, action items
 * (carried to the next meeting of the series until done) and the minutes (one document per meeting, versioned).
 */
export class Migration20261208060000MeetingOutcomes extends Migration {
  override name = '20261208060000-meeting-outcomes';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const meetingFk = (table: string) =>
  `constraint "${table}_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on delete cascade`;
const userFk = (table: string, column: string, onDelete = 'set null') =>
  `constraint "${table}_${column}_foreign" foreign key ("${column}") references "app_user" ("id") on delete ${onDelete}`;

const STATEMENTS = [
  `create table "meeting_poll" ("id" uuid not null, "meeting_id" uuid not null, "question" text not null,
     "multiple" boolean not null default false, "anonymous" boolean not null default false, "status" text not null default 'DRAFT',
     "confirmations" jsonb not null default '[]', "created_by_id" uuid null, "created_at" timestamptz not null default now(),
     "opened_at" timestamptz null, "closed_at" timestamptz null, primary key ("id"),
     constraint "meeting_poll_status_check" check ("status" in ('DRAFT', 'OPEN', 'CLOSED')),
     ${meetingFk('meeting_poll')}, ${userFk('meeting_poll', 'created_by_id')})`,
  `create index "meeting_poll_meeting_id_index" on "meeting_poll" ("meeting_id", "created_at")`,
  `create table "meeting_poll_option" ("id" uuid not null, "poll_id" uuid not null, "position" int not null, "label" text not null,
     primary key ("id"), constraint "meeting_poll_option_position_unique" unique ("poll_id", "position"),
     constraint "meeting_poll_option_poll_id_foreign" foreign key ("poll_id") references "meeting_poll" ("id") on delete cascade)`,
  `create table "meeting_poll_vote" ("poll_id" uuid not null, "option_id" uuid not null, "user_id" uuid not null,
     "voted_at" timestamptz not null default now(), primary key ("poll_id", "user_id", "option_id"),
     constraint "meeting_poll_vote_poll_id_foreign" foreign key ("poll_id") references "meeting_poll" ("id") on delete cascade,
     constraint "meeting_poll_vote_option_id_foreign" foreign key ("option_id") references "meeting_poll_option" ("id") on delete cascade,
     ${userFk('meeting_poll_vote', 'user_id', 'cascade')})`,
  `create index "meeting_poll_vote_option_id_index" on "meeting_poll_vote" ("option_id")`,
  `create table "meeting_question" ("id" uuid not null, "meeting_id" uuid not null, "author_id" uuid null, "text" text not null,
     "confirmations" jsonb not null default '[]', "answered" boolean not null default false, "hidden" boolean not null default false,
     "created_at" timestamptz not null default now(), primary key ("id"),
     ${meetingFk('meeting_question')}, ${userFk('meeting_question', 'author_id')})`,
  `create index "meeting_question_meeting_id_index" on "meeting_question" ("meeting_id", "created_at")`,
  `create table "meeting_question_upvote" ("question_id" uuid not null, "user_id" uuid not null, primary key ("question_id", "user_id"),
     constraint "meeting_question_upvote_question_id_foreign" foreign key ("question_id") references "meeting_question" ("id") on delete cascade,
     ${userFk('meeting_question_upvote', 'user_id', 'cascade')})`,
  `create table "meeting_note" ("id" uuid not null, "meeting_id" uuid not null, "kind" text not null, "text" text not null,
     "confirmations" jsonb not null default '[]', "created_by_id" uuid null, "created_at" timestamptz not null default now(),
     primary key ("id"), constraint "meeting_note_kind_check" check ("kind" in ('NOTE', 'DECISION')),
     ${meetingFk('meeting_note')}, ${userFk('meeting_note', 'created_by_id')})`,
  `create index "meeting_note_meeting_id_index" on "meeting_note" ("meeting_id", "created_at")`,
  `create table "meeting_action_item" ("id" uuid not null, "meeting_id" uuid not null, "text" text not null,
     "confirmations" jsonb not null default '[]', "owner_id" uuid null, "due_on" date null, "status" text not null default 'OPEN',
     "created_by_id" uuid null, "created_at" timestamptz not null default now(), "done_at" timestamptz null, primary key ("id"),
     constraint "meeting_action_item_status_check" check ("status" in ('OPEN', 'DONE')),
     ${meetingFk('meeting_action_item')}, ${userFk('meeting_action_item', 'owner_id')}, ${userFk('meeting_action_item', 'created_by_id')})`,
  `create index "meeting_action_item_meeting_id_index" on "meeting_action_item" ("meeting_id", "created_at")`,
  `create index "meeting_action_item_open_index" on "meeting_action_item" ("meeting_id") where "status" = 'OPEN'`,
  `create table "meeting_minutes" ("meeting_id" uuid not null, "source" text not null, "html" text not null,
     "confirmations" jsonb not null default '[]', "status" text not null default 'DRAFT', "version" int not null default 1,
     "updated_by_id" uuid null, "updated_at" timestamptz not null default now(), "published_at" timestamptz null,
     primary key ("meeting_id"), constraint "meeting_minutes_status_check" check ("status" in ('DRAFT', 'PUBLISHED')),
     ${meetingFk('meeting_minutes')}, ${userFk('meeting_minutes', 'updated_by_id')})`,
];
