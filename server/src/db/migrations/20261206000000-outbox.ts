import { Migration } from '@mikro-orm/migrations';

/**
 * The transactional outbox: a command's effects (mails, live events, jobs) are rows written in the command's
 * own transaction, delivered by the job runner after the commit. The mail table remembers which effect each
 * stored mail came from, so delivering an effect twice stores it once.
 */
export class Migration20261206000000Outbox extends Migration {
  override name = '20261206000000-outbox';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const STATEMENTS = [
  `create table "outbox_effect" ("id" uuid not null, "kind" text not null, "payload" jsonb not null,
     "idempotency_key" text not null, "created_at" timestamptz not null default now(),
     "delivered_at" timestamptz null, "attempts" int not null default 0, "locked_until" timestamptz null,
     primary key ("id"), constraint "outbox_effect_idempotency_key_unique" unique ("idempotency_key"))`,
  // The sweep reads only what is still owed; delivered rows pile up until the prune removes them.
  `create index "outbox_effect_undelivered_index" on "outbox_effect" ("created_at") where "delivered_at" is null`,
  `create index "outbox_effect_delivered_at_index" on "outbox_effect" ("delivered_at") where "delivered_at" is not null`,
  `alter table "outbox_mail" add column "idempotency_key" text null`,
  `alter table "outbox_mail" add constraint "outbox_mail_idempotency_key_unique" unique ("idempotency_key")`,
];
