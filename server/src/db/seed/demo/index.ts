// Entry point of the demo network: fictional organisations and experts in the real places of the Baltic Sea Region,
// plus a little recent activity. Pure and deterministic: the same seed always yields the same records and keys,
// which the seeder turns into stable UUIDs so seeding twice changes nothing.
import { generateExperts } from './experts.js';
import { generateActivity } from './network-activity.js';
import { assignNetworkRoles } from './network-roles.js';
import { generateOrganisations } from './organisations.js';
import { createRng } from './random.js';
import type { DemoNetwork } from './types.js';

export type {
  DemoActivity,
  DemoActivityKind,
  DemoExpert,
  DemoNetwork,
  DemoOrganisation,
  DemoRole,
  DemoScope,
  DemoService,
} from './types.js';
export { REFERENCE_DATE } from './dates.js';

/** The default seed reads as a date in 2014, the year the STROM project began. */
export function generateDemoNetwork(seed = 20140601): DemoNetwork {
  const rng = createRng(seed);
  const generated = generateOrganisations(rng.fork('organisations'));
  const experts = generateExperts(rng.fork('experts'), generated);
  assignNetworkRoles(rng.fork('network-roles'), generated, experts);
  const organisations = generated.map((g) => g.record);
  return { organisations, experts, activity: generateActivity(rng.fork('activity'), organisations, experts) };
}
