import { Migration } from '@mikro-orm/migrations';

/**
 * Whom an invitation is for, so coordinators approve a person and not a bare address: their name and their role
 * in the organisation. Null on invitations made before the form asked for them.
 */
export class Migration20261206140000InvitationDetails extends Migration {
  override name = '20261206140000-invitation-details';

  override up(): void {
    this.addSql(`alter table "invitation" add column "full_name" text null, add column "job_title" text null`);
  }
}
