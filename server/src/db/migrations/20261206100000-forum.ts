import { Migration } from '@mikro-orm/migrations';

/**
 * Forums → threads → posts, with what members keep per thread (read state, watch level, draft) and what
 * moderators work from (flags, revisions). Scope is stored as on organisations (level + country + municipality).
 * Network activity gains a THREAD_CREATED entry pointing at its thread.
 */
export class Migration20261206100000Forum extends Migration {
  override name = '20261206100000-forum';

  override up(): void {
    for (const statement of [...TABLES, ...INDEXES, ...ACTIVITY]) this.addSql(statement);
  }
}

const USER_FK = (table: string, column: string, rule: 'cascade' | 'set null') =>
  `constraint "${table}_${column}_foreign" foreign key ("${column}") references "app_user" ("id") on delete ${rule}`;

const TABLES = [
  `create table "forum" ("id" uuid not null, "slug" text not null, "title" text not null, "description" text null,
     "level" text not null, "country_code" char(2) null, "municipality_id" uuid null,
     "visibility" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(),
     "version" int not null default 1, primary key ("id"),
     constraint "forum_slug_unique" unique ("slug"),
     constraint "forum_visibility_check" check ("visibility" in ('PUBLIC', 'NETWORK', 'SCOPE', 'GROUP')),
     constraint "forum_scope_check" check (
       ("level" = 'LOCAL' and "municipality_id" is not null and "country_code" is not null)
       or ("level" = 'NATIONAL' and "municipality_id" is null and "country_code" is not null)
       or ("level" = 'REGIONAL' and "municipality_id" is null and "country_code" is null)),
     constraint "forum_country_code_foreign" foreign key ("country_code") references "country" ("code"),
     constraint "forum_municipality_id_foreign" foreign key ("municipality_id") references "municipality" ("id"),
     ${USER_FK('forum', 'created_by_id', 'set null')})`,
  `create table "forum_moderator" ("forum_id" uuid not null, "user_id" uuid not null, primary key ("forum_id", "user_id"),
     constraint "forum_moderator_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete cascade,
     ${USER_FK('forum_moderator', 'user_id', 'cascade')})`,
  `create table "forum_member" ("forum_id" uuid not null, "user_id" uuid not null, primary key ("forum_id", "user_id"),
     constraint "forum_member_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete cascade,
     ${USER_FK('forum_member', 'user_id', 'cascade')})`,
  `create table "forum_visit" ("user_id" uuid not null, "forum_id" uuid not null, "visited_at" timestamptz not null,
     primary key ("user_id", "forum_id"),
     constraint "forum_visit_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete cascade,
     ${USER_FK('forum_visit', 'user_id', 'cascade')})`,
  `create table "thread" ("id" uuid not null, "forum_id" uuid not null, "title" text not null, "tags" text[] not null default '{}',
     "pinned" boolean not null default false, "locked" boolean not null default false, "closed" boolean not null default false,
     "solved_post_id" uuid null, "author_id" uuid null, "created_at" timestamptz not null, "last_post_at" timestamptz not null,
     "post_count" int not null default 0, "version" int not null default 1, primary key ("id"),
     constraint "thread_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete cascade,
     ${USER_FK('thread', 'author_id', 'set null')})`,
  `create table "post" ("id" uuid not null, "thread_id" uuid not null, "position" int not null, "author_id" uuid null,
     "client_id" text null, "source" text not null, "html" text not null, "public_html" text not null, "body_text" text not null,
     "reply_to_id" uuid null, "quotes" uuid[] not null default '{}', "mentions" uuid[] not null default '{}',
     "guardrail_confirmations" jsonb not null default '[]',
     "created_at" timestamptz not null, "edited_at" timestamptz null, "deleted_at" timestamptz null,
     "hidden_at" timestamptz null, "purged_at" timestamptz null, "version" int not null default 1, primary key ("id"),
     constraint "post_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on delete cascade,
     constraint "post_reply_to_id_foreign" foreign key ("reply_to_id") references "post" ("id") on delete set null,
     ${USER_FK('post', 'author_id', 'set null')})`,
  `alter table "thread" add constraint "thread_solved_post_id_foreign" foreign key ("solved_post_id") references "post" ("id") on delete set null`,
  `create table "post_revision" ("id" uuid not null, "post_id" uuid not null, "version" int not null, "source" text not null,
     "editor_id" uuid null, "created_at" timestamptz not null, primary key ("id"),
     constraint "post_revision_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete cascade,
     ${USER_FK('post_revision', 'editor_id', 'set null')})`,
  `create table "post_reaction" ("post_id" uuid not null, "user_id" uuid not null, "kind" text not null,
     "created_at" timestamptz not null default now(), primary key ("post_id", "user_id", "kind"),
     constraint "post_reaction_kind_check" check ("kind" in ('THANKS', 'AGREE', 'USEFUL')),
     constraint "post_reaction_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete cascade,
     ${USER_FK('post_reaction', 'user_id', 'cascade')})`,
  `create table "thread_read_state" ("user_id" uuid not null, "thread_id" uuid not null, "last_read_position" int not null,
     "updated_at" timestamptz not null, primary key ("user_id", "thread_id"),
     constraint "thread_read_state_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on delete cascade,
     ${USER_FK('thread_read_state', 'user_id', 'cascade')})`,
  `create table "watch" ("id" uuid not null, "user_id" uuid not null, "thread_id" uuid null, "forum_id" uuid null,
     "level" text not null, primary key ("id"),
     constraint "watch_target_check" check (("thread_id" is null) <> ("forum_id" is null)),
     constraint "watch_level_check" check ("level" in ('WATCHING', 'TRACKING', 'NORMAL', 'MUTED')),
     constraint "watch_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on delete cascade,
     constraint "watch_forum_id_foreign" foreign key ("forum_id") references "forum" ("id") on delete cascade,
     ${USER_FK('watch', 'user_id', 'cascade')})`,
  `create table "draft" ("user_id" uuid not null, "thread_id" uuid not null, "source" text not null,
     "updated_at" timestamptz not null, primary key ("user_id", "thread_id"),
     constraint "draft_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on delete cascade,
     ${USER_FK('draft', 'user_id', 'cascade')})`,
  `create table "post_flag" ("id" uuid not null, "post_id" uuid not null, "reporter_id" uuid null, "reason" text not null,
     "status" text not null default 'OPEN', "created_at" timestamptz not null, "resolved_by_id" uuid null,
     "resolved_at" timestamptz null, primary key ("id"),
     constraint "post_flag_status_check" check ("status" in ('OPEN', 'RESOLVED', 'DISMISSED')),
     constraint "post_flag_post_id_foreign" foreign key ("post_id") references "post" ("id") on delete cascade,
     ${USER_FK('post_flag', 'reporter_id', 'set null')}, ${USER_FK('post_flag', 'resolved_by_id', 'set null')})`,
];

const INDEXES = [
  `create index "forum_country_code_index" on "forum" ("country_code")`,
  `create index "forum_member_user_id_index" on "forum_member" ("user_id")`,
  `create index "forum_moderator_user_id_index" on "forum_moderator" ("user_id")`,
  // The thread list: pinned first, then last activity, with keyset pagination.
  `create index "thread_forum_list_index" on "thread" ("forum_id", "pinned" desc, "last_post_at" desc, "id" desc)`,
  `create index "thread_tags_index" on "thread" using gin ("tags")`,
  // A thread's posts in order; exactly-once creates look the author's client id up.
  `create unique index "post_thread_position_unique" on "post" ("thread_id", "position")`,
  `create unique index "post_author_client_id_unique" on "post" ("author_id", "client_id") where "client_id" is not null`,
  `create index "post_reply_to_id_index" on "post" ("reply_to_id")`,
  `create index "post_revision_post_id_index" on "post_revision" ("post_id", "version")`,
  `create index "post_reaction_user_id_index" on "post_reaction" ("user_id")`,
  `create index "thread_read_state_thread_id_index" on "thread_read_state" ("thread_id")`,
  `create unique index "watch_user_thread_unique" on "watch" ("user_id", "thread_id") where "thread_id" is not null`,
  `create unique index "watch_user_forum_unique" on "watch" ("user_id", "forum_id") where "forum_id" is not null`,
  `create index "watch_thread_id_index" on "watch" ("thread_id") where "thread_id" is not null`,
  `create index "watch_forum_id_index" on "watch" ("forum_id") where "forum_id" is not null`,
  `create index "draft_thread_id_index" on "draft" ("thread_id")`,
  `create index "post_flag_open_index" on "post_flag" ("post_id") where "status" = 'OPEN'`,
  `create unique index "post_flag_open_reporter_unique" on "post_flag" ("post_id", "reporter_id") where "status" = 'OPEN'`,
];

const ACTIVITY = [
  `alter table "network_activity" add column "thread_id" uuid null`,
  `alter table "network_activity" add constraint "network_activity_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on delete cascade`,
  `alter table "network_activity" drop constraint "network_activity_kind_check"`,
  `alter table "network_activity" add constraint "network_activity_kind_check" check ("kind" in ('ORGANISATION_ADDED',
     'ORGANISATION_UPDATED', 'SERVICE_ADDED', 'PROFILE_PUBLISHED', 'PROFILE_UPDATED', 'THREAD_CREATED'))`,
];
