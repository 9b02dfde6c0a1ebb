import { Migration } from '@mikro-orm/migrations';

/**
 * When a profile was first complete and announced to the network. Profiles that exist already were announced
 * when they were created.
 */
export class Migration20261206150000ProfilePublished extends Migration {
  override name = '20261206150000-profile-published';

  override up(): void {
    this.addSql(`alter table "expert" add column "published_at" timestamptz null`);
    this.addSql(`update "expert" set "published_at" = "created_at"`);
  }
}
