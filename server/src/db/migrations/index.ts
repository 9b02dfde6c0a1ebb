import { Migration20261122000000Directory } from './20261122000000-directory.js';
import { Migration20261122010000Accounts } from './20261122010000-accounts.js';
import { Migration20261124000000Search } from './20261124000000-search.js';
import { Migration20261124010000Export } from './20261124010000-export.js';
import { Migration20261206000000Outbox } from './20261206000000-outbox.js';
import { Migration20261206140000InvitationDetails } from './20261206140000-invitation-details.js';

/** Migrations in the order they run; listed explicitly so dev (tsx), tests and dist (node) find the same set. */
export const MIGRATIONS = [
  Migration20261122000000Directory,
  Migration20261122010000Accounts,
  Migration20261124000000Search,
  Migration20261124010000Export,
  Migration20261206000000Outbox,
  Migration20261206140000InvitationDetails,
];
