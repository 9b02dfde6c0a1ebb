import { Migration } from '@mikro-orm/migrations';

/**
 * Cross-border counterpart requests ("handshake"): a member asks another municipality or country who takes over,
 * with no victim data (the guardrail checks the texts). Each recipient answers on their own row; a thread of
 * messages; the request closes with an outcome. `remind_at` is laid out in working days when a recipient is added.
 */
export class Migration20261210050000CounterpartRequest extends Migration {
  override name = '20261210050000-counterpart-request';

  override up(): void {
    for (const sql of STATEMENTS) this.addSql(sql);
  }
}

const STATEMENTS = [
  `create table "counterpart_request" ("id" uuid not null, "requester_id" uuid not null,
     "from_country_code" char(2) not null, "from_municipality_id" uuid null,
     "to_country_code" char(2) not null, "to_municipality_id" uuid null, "role" text null,
     "form_of_exploitation" text not null, "target_group" text not null, "service" text not null, "urgency" text not null,
     "message" text not null, "status" text not null default 'OPEN', "outcome" text null,
     "created_at" timestamptz not null, "first_answered_at" timestamptz null, "closed_at" timestamptz null,
     primary key ("id"),
     constraint "counterpart_request_requester_id_foreign" foreign key ("requester_id") references "app_user" ("id") on delete cascade,
     constraint "counterpart_request_from_country_foreign" foreign key ("from_country_code") references "country" ("code"),
     constraint "counterpart_request_to_country_foreign" foreign key ("to_country_code") references "country" ("code"),
     constraint "counterpart_request_from_municipality_foreign" foreign key ("from_municipality_id") references "municipality" ("id"),
     constraint "counterpart_request_to_municipality_foreign" foreign key ("to_municipality_id") references "municipality" ("id"),
     constraint "counterpart_request_urgency_check" check ("urgency" in ('ROUTINE', 'SOON', 'URGENT')),
     constraint "counterpart_request_status_check" check ("status" in ('OPEN', 'ACCEPTED', 'CLOSED')),
     constraint "counterpart_request_outcome_check" check (("status" = 'CLOSED') = ("outcome" is not null)
       and ("outcome" is null or "outcome" in ('REFERRED', 'NOT_NEEDED', 'NO_CAPACITY'))))`,
  `create index "counterpart_request_requester_index" on "counterpart_request" ("requester_id", "created_at" desc)`,
  `create index "counterpart_request_pair_index" on "counterpart_request" ("from_country_code", "to_country_code")`,
  `create table "counterpart_request_recipient" ("request_id" uuid not null, "user_id" uuid not null, "position" int not null,
     "state" text not null default 'PENDING', "reason" text null, "forwarded_by_id" uuid null,
     "created_at" timestamptz not null, "answered_at" timestamptz null, "remind_at" timestamptz not null, "reminded_at" timestamptz null,
     primary key ("request_id", "user_id"),
     constraint "counterpart_request_recipient_request_foreign" foreign key ("request_id") references "counterpart_request" ("id") on delete cascade,
     constraint "counterpart_request_recipient_user_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade,
     constraint "counterpart_request_recipient_forwarder_foreign" foreign key ("forwarded_by_id") references "app_user" ("id") on delete set null,
     constraint "counterpart_request_recipient_state_check" check ("state" in ('PENDING', 'ACCEPTED', 'DECLINED', 'FORWARDED')))`,
  `create index "counterpart_request_recipient_user_index" on "counterpart_request_recipient" ("user_id", "state")`,
  `create index "counterpart_request_recipient_due_index" on "counterpart_request_recipient" ("remind_at") where "state" = 'PENDING' and "reminded_at" is null`,
  `create table "counterpart_request_message" ("id" uuid not null, "request_id" uuid not null, "author_id" uuid null,
     "body" text not null, "created_at" timestamptz not null, primary key ("id"),
     constraint "counterpart_request_message_request_foreign" foreign key ("request_id") references "counterpart_request" ("id") on delete cascade,
     constraint "counterpart_request_message_author_foreign" foreign key ("author_id") references "app_user" ("id") on delete set null)`,
  `create index "counterpart_request_message_request_index" on "counterpart_request_message" ("request_id", "created_at")`,
];
