import { Migration20261122000000Directory } from './20261122000000-directory.js';
import { Migration20261122010000Accounts } from './20261122010000-accounts.js';
import { Migration20261124000000Search } from './20261124000000-search.js';
import { Migration20261124010000Export } from './20261124010000-export.js';
import { Migration20261206000000Outbox } from './20261206000000-outbox.js';
import { Migration20261206100000Forum } from './20261206100000-forum.js';
import { Migration20261206110000Notification } from './20261206110000-notification.js';
import { Migration20261206120000SearchRelevance } from './20261206120000-search-relevance.js';
import { Migration20261206130000OrganisationContacts } from './20261206130000-organisation-contacts.js';
import { Migration20261206140000InvitationDetails } from './20261206140000-invitation-details.js';
import { Migration20261206150000ProfilePublished } from './20261206150000-profile-published.js';
import { Migration20261206165500ForumChangeStream } from './20261206165500-forum-change-stream.js';
import { Migration20261207100000Meeting } from './20261207100000-meeting.js';
import { Migration20261207110000DirectoryUpkeep } from './20261207110000-directory-upkeep.js';
import { Migration20261207120000ForumSearch } from './20261207120000-forum-search.js';
import { Migration20261208020000PostWords } from './20261208020000-post-words.js';
import { Migration20261208050000MeetingLive } from './20261208050000-meeting-live.js';
import { Migration20261208060000MeetingOutcomes } from './20261208060000-meeting-outcomes.js';
import { Migration20261208080000Pathway } from './20261208080000-pathway.js';
import { Migration20261208090000CostWorkbench } from './20261208090000-cost-workbench.js';
import { Migration20261210010000GuidelineTracker } from './20261210010000-guideline-tracker.js';
import { Migration20261210020000Baseline } from './20261210020000-baseline.js';
import { Migration20261210030000Library } from './20261210030000-library.js';
import { Migration20261210040000Prevention } from './20261210040000-prevention.js';
import { Migration20261210050000CounterpartRequest } from './20261210050000-counterpart-request.js';
import { Migration20261212030000SearchExpertByOrganisation } from './20261212030000-search-expert-by-organisation.js';
import { Migration20261212040000GuidelineActionPointRetired } from './20261212040000-guideline-action-point-retired.js';
import { Migration20261212060000ResourceEdit } from './20261212060000-resource-edit.js';
import { Migration20261212070000PreventionVisibility } from './20261212070000-prevention-visibility.js';
import { Migration20261213010000ResourceLinks } from './20261213010000-resource-links.js';
import { Migration20261214010000ResourceSearchName } from './20261214010000-resource-search-name.js';

/** Migrations in the order they run; listed explicitly so dev (tsx), tests and dist (node) find the same set. */
export const MIGRATIONS = [
  Migration20261122000000Directory,
  Migration20261122010000Accounts,
  Migration20261124000000Search,
  Migration20261124010000Export,
  Migration20261206000000Outbox,
  Migration20261206100000Forum,
  Migration20261206110000Notification,
  Migration20261206120000SearchRelevance,
  Migration20261206130000OrganisationContacts,
  Migration20261206140000InvitationDetails,
  Migration20261206150000ProfilePublished,
  Migration20261206165500ForumChangeStream,
  Migration20261207100000Meeting,
  Migration20261207110000DirectoryUpkeep,
  Migration20261207120000ForumSearch,
  Migration20261208020000PostWords,
  Migration20261208050000MeetingLive,
  Migration20261208060000MeetingOutcomes,
  Migration20261208080000Pathway,
  Migration20261208090000CostWorkbench,
  Migration20261210010000GuidelineTracker,
  Migration20261210020000Baseline,
  Migration20261210030000Library,
  Migration20261210040000Prevention,
  Migration20261210050000CounterpartRequest,
  Migration20261212030000SearchExpertByOrganisation,
  Migration20261212040000GuidelineActionPointRetired,
  Migration20261212060000ResourceEdit,
  Migration20261212070000PreventionVisibility,
  Migration20261213010000ResourceLinks,
  Migration20261214010000ResourceSearchName,
];
