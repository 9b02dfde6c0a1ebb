import { Migration } from '@mikro-orm/migrations';

/**
 * Members link library resources from forum posts (the ids a post's text links, for "Linked from"), from pathway
 * steps (inside each version's steps, no column) and from guideline evidence.
 */
export class Migration20261213010000ResourceLinks extends Migration {
  override name = '20261213010000-resource-links';

  override up(): void {
    this.addSql(`alter table "post" add column "resource_ids" uuid[] not null default '{}'`);
    this.addSql(`create index "post_resource_ids_index" on "post" using gin ("resource_ids") where "resource_ids" <> '{}'`);
    for (const table of ['guideline_status', 'guideline_status_change']) {
      this.addSql(`alter table "${table}" add column "evidence_resource_id" uuid null references "resource" ("id") on delete set null`);
    }
    this.addSql(`create index "guideline_status_evidence_resource_index" on "guideline_status" ("evidence_resource_id")
      where "evidence_resource_id" is not null`);
  }
}
