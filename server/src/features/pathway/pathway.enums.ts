import { CHAIN_ROLES, NRM_STAGES } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

function enumOf<K extends string>(labels: Record<K, string>): { [P in K]: P } {
  return Object.fromEntries(Object.keys(labels).map((key) => [key, key])) as { [P in K]: P };
}

function valuesOf(labels: Record<string, string>) {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { description: label }]));
}

export const NrmStage = enumOf(NRM_STAGES);
export const ChainRole = enumOf(CHAIN_ROLES);

export enum PathwayGapKind {
  STAGE_WITHOUT_ACTOR = 'STAGE_WITHOUT_ACTOR',
  TARGET_GROUP_UNSERVED = 'TARGET_GROUP_UNSERVED',
  NO_MATCHING_SERVICE = 'NO_MATCHING_SERVICE',
  ORGANISATION_LEFT = 'ORGANISATION_LEFT',
}

export enum StepChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}

registerEnumType(NrmStage, {
  name: 'NrmStage',
  description: 'Stages of a national referral mechanism',
  valuesConfig: valuesOf(NRM_STAGES),
});
registerEnumType(ChainRole, { name: 'ChainRole', description: 'Roles in the chain of assistance', valuesConfig: valuesOf(CHAIN_ROLES) });
registerEnumType(PathwayGapKind, {
  name: 'PathwayGapKind',
  description: 'What a pathway lacks, computed from its steps and the directory',
  valuesConfig: {
    STAGE_WITHOUT_ACTOR: { description: 'No step names an actor (or the national mechanism) for this NRM stage' },
    TARGET_GROUP_UNSERVED: { description: 'No step serves this target group' },
    NO_MATCHING_SERVICE: { description: "The step's organisation offers no service of the directory that fits the step" },
    ORGANISATION_LEFT: { description: "The step's organisation was closed or merged into another" },
  },
});
registerEnumType(StepChangeKind, { name: 'StepChangeKind', description: 'How a step differs between two versions' });
