import { defineAbilities } from '../../core/ability.js';
import { isMember } from '../../core/auth.js';
import { isAdmin } from '../user/user.policy.js';

/** What a rule about one scenario needs to know. */
export interface CostScenarioSubject {
  ownerId: string;
  shared: boolean;
}

const owns = (viewer: Parameters<typeof isMember>[0], scenario: CostScenarioSubject) =>
  isMember(viewer) && viewer.userId === scenario.ownerId;

/**
 * Scenarios are anonymised estimates: their author works on them alone until they share one with the network,
 * and then every member may read and copy it. Only the author changes or deletes it.
 */
export const costScenarioAbilities = defineAbilities<CostScenarioSubject>()({
  read: {
    allow: (viewer, scenario) => owns(viewer, scenario) || (isMember(viewer) && scenario.shared),
    refusal: 'This scenario is not shared',
  },
  edit: { allow: owns, refusal: 'Only the author of a scenario may change it' },
  delete: { allow: owns, refusal: 'Only the author of a scenario may delete it' },
});

/** The workbench as a whole: members estimate; admins (with two-factor) keep the rates table. */
export const costWorkbench = defineAbilities()({
  use: { allow: isMember, refusal: 'The cost workbench is for members' },
  maintainRates: { allow: isAdmin, refusal: 'Only admins with two-factor keep the rates table' },
});
