import { Migration } from '@mikro-orm/migrations';

/**
 * Admins add action points and retire those the network no longer tracks: a retired point leaves the trackers,
 * dashboards and reminders but keeps its statuses and their history. An added point remembers the client id that
 * created it, so a retried creation adds it once.
 */
export class Migration20261212040000GuidelineActionPointRetired extends Migration {
  override name = '20261212040000-guideline-action-point-retired';

  override up(): void {
    this.addSql(`alter table "guideline_action_point" add column "retired_at" timestamptz null`);
    this.addSql(`alter table "guideline_action_point" add column "created_by_client_id" uuid null unique`);
  }
}
