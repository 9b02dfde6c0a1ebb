import { Migration } from '@mikro-orm/migrations';

/**
 * Editing a resource: `version` is the optimistic lock an editor sends back; `organisation_id` is the organisation
 * its author worked for when adding it, whose editors may keep it accurate (filled in for existing resources).
 */
export class Migration20261212060000ResourceEdit extends Migration {
  override name = '20261212060000-resource-edit';

  override up(): void {
    this.addSql(`alter table "resource" add column "version" int not null default 1,
      add column "organisation_id" uuid null,
      add constraint "resource_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on delete set null`);
    this.addSql(`update "resource" r set "organisation_id" = e."organisation_id"
      from "app_user" u join "expert" e on e."id" = u."expert_id" where u."id" = r."author_id"`);
  }
}
