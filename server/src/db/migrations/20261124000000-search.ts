import { Migration } from '@mikro-orm/migrations';

/** Indexes for search, facets and counterparts (issue 4). */
export class Migration20261124000000Search extends Migration {
  override name = '20261124000000-search';

  override up(): void {
    for (const statement of INDEXES) this.addSql(statement);
  }
}

const INDEXES = [
  // Counterparts: a role at a level for a place, the tiers of the ranking.
  `create index "role_assignment_role_level_municipality_index" on "role_assignment" ("role", "level", "municipality_id")`,
  `create index "role_assignment_role_level_country_index" on "role_assignment" ("role", "level", "country_code")`,
  // Facets over services join experts and organisations to their services by kind.
  `create index "organisation_service_kind_index" on "organisation_service" ("kind", "organisation_id")`,
];
