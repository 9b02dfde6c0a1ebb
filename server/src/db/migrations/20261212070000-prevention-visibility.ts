import { Migration } from '@mikro-orm/migrations';

/**
 * Prevention activities a network wants to disseminate: PUBLIC ones are read by anonymous visitors too (without
 * who added them); every existing activity stays with the network.
 */
export class Migration20261212070000PreventionVisibility extends Migration {
  override name = '20261212070000-prevention-visibility';

  override up(): void {
    this.addSql(`alter table "prevention_activity" add column "visibility" text not null default 'NETWORK'
      constraint "prevention_activity_visibility_check" check ("visibility" in ('PUBLIC', 'NETWORK'))`);
    this.addSql(`create index "prevention_activity_public_index" on "prevention_activity" ("starts_on" desc, "id" desc)
      where "visibility" = 'PUBLIC'`);
  }
}
