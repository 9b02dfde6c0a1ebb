import type { FeatureManifest } from '../core/feature.js';
import { auditFeature } from '../features/audit/audit.manifest.js';
import { authenticationFeature } from '../features/authentication/authentication.manifest.js';
import { counterpartFeature } from '../features/counterpart/counterpart.manifest.js';
import { counterpartRequestFeature } from '../features/counterpart-request/counterpart-request.manifest.js';
import { countryFeature } from '../features/country/country.manifest.js';
import { costFeature } from '../features/cost/cost.manifest.js';
import { coverageFeature } from '../features/coverage/coverage.manifest.js';
import { expertFeature } from '../features/expert/expert.manifest.js';
import { exportFeature } from '../features/export/export.manifest.js';
import { facetsFeature } from '../features/facets/facets.manifest.js';
import { joiningFeature } from '../features/joining/joining.manifest.js';
import { forumFeature } from '../features/forum/forum.manifest.js';
import { freshnessFeature } from '../features/freshness/freshness.manifest.js';
import { guidelineFeature } from '../features/guideline/guideline.manifest.js';
import { guardrailFeature } from '../features/guardrail/guardrail.manifest.js';
import { invitationFeature } from '../features/invitation/invitation.manifest.js';
import { mailFeature } from '../features/mail/mail.manifest.js';
import { meetingFeature } from '../features/meeting/meeting.manifest.js';
import { meetingOutcomesFeature } from '../features/meeting/meeting-outcomes.manifest.js';
import { memberFeature } from '../features/member/member.manifest.js';
import { municipalityFeature } from '../features/municipality/municipality.manifest.js';
import { networkActivityFeature } from '../features/network-activity/network-activity.manifest.js';
import { notificationFeature } from '../features/notification/notification.manifest.js';
import { networkStatsFeature } from '../features/network-stats/network-stats.manifest.js';
import { pathwayFeature } from '../features/pathway/pathway.manifest.js';
import { resourceFeature } from '../features/resource/resource.manifest.js';
import { preventionFeature } from '../features/prevention/prevention.manifest.js';
import { organisationFeature } from '../features/organisation/organisation.manifest.js';
import { privacyFeature } from '../features/privacy/privacy.manifest.js';
import { profileFeature } from '../features/profile/profile.manifest.js';
import { roleAssignmentFeature } from '../features/role-assignment/role-assignment.manifest.js';
import { scopeFeature } from '../features/scope/scope.manifest.js';
import { searchFeature } from '../features/search/search.manifest.js';
import { sessionFeature } from '../features/session/session.manifest.js';
import { baselineFeature } from '../features/baseline/baseline.manifest.js';
import { userFeature } from '../features/user/user.manifest.js';

/** Every feature of the server, in the order their root fields appear in the schema. */
export const FEATURES: readonly FeatureManifest[] = [
  countryFeature,
  municipalityFeature,
  scopeFeature,
  organisationFeature,
  expertFeature,
  roleAssignmentFeature,
  networkActivityFeature,
  networkStatsFeature,
  joiningFeature,
  userFeature,
  authenticationFeature,
  invitationFeature,
  profileFeature,
  sessionFeature,
  privacyFeature,
  memberFeature,
  auditFeature,
  searchFeature,
  facetsFeature,
  counterpartFeature,
  coverageFeature,
  forumFeature,
  exportFeature,
  guardrailFeature,
  mailFeature,
  notificationFeature,
  meetingFeature,
  meetingOutcomesFeature,
  freshnessFeature,
  costFeature,
  pathwayFeature,
  counterpartRequestFeature,
  guidelineFeature,
  resourceFeature,
  preventionFeature,
  baselineFeature,
];
