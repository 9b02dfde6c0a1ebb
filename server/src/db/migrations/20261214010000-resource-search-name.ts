import { Migration } from '@mikro-orm/migrations';

/**
 * The search forgives typos in a library resource's title as it does in a thread's: the title folded (lower
 * case, no accents) beside a trigram index, for the similarity arm that runs when no resource matches as typed.
 */
export class Migration20261214010000ResourceSearchName extends Migration {
  override name = '20261214010000-resource-search-name';

  override up(): void {
    this.addSql(`alter table "resource" add column "search_name" text generated always as (immutable_unaccent(lower("title"))) stored`);
    this.addSql(`create index "resource_search_name_trgm_index" on "resource" using gin ("search_name" gin_trgm_ops)`);
  }

  override down(): void {
    this.addSql(`drop index "resource_search_name_trgm_index"`);
    this.addSql(`alter table "resource" drop column "search_name"`);
  }
}
