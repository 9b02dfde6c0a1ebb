import { Migration } from '@mikro-orm/migrations';

/**
 * When a post or a thread last changed after it was written (edit, removal, hide, purge, reactions; lock, pin,
 * solve, move): the position of the `threadChanged` stream, so a reconnecting reader fetches the changes it
 * missed. Null until the first change: new posts travel on `postAdded`, not here.
 */
export class Migration20261206165500ForumChangeStream extends Migration {
  override name = '20261206165500-forum-change-stream';

  override up(): void {
    this.addSql(`alter table "post" add column "changed_at" timestamptz null`);
    this.addSql(`alter table "thread" add column "changed_at" timestamptz null`);
    this.addSql(`create index "post_changes_idx" on "post" ("thread_id", "changed_at", "id") where "changed_at" is not null`);
  }
}
