import { Migration } from '@mikro-orm/migrations';

/**
 * Organisations get a public contact of their own (phone, e-mail; the website was there) and each service a
 * hotline and an address. Phone numbers are stored normalised (E.164); the checks keep it so whatever writes.
 */
export class Migration20261206130000OrganisationContacts extends Migration {
  override name = '20261206130000-organisation-contacts';

  override up(): void {
    for (const statement of STATEMENTS) this.addSql(statement);
  }
}

const E164 = `'^\\+[1-9][0-9]{6,14}$'`;

const STATEMENTS = [
  `alter table "organisation" add column "phone" text null, add column "email" text null`,
  `alter table "organisation" add constraint "organisation_phone_check" check ("phone" ~ ${E164})`,
  `alter table "organisation_service" add column "hotline" text null, add column "address" text null`,
  `alter table "organisation_service" add constraint "organisation_service_hotline_check" check ("hotline" ~ ${E164})`,
];
