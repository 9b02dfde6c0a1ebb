import type { ChainRole, FormOfExploitation, NrmStage, TargetGroup } from '@strom/shared';

/**
 * A step as a version stores it. `id` stays the same across versions, so two versions compare step by step even
 * after steps moved. Who to call is the organisation's public contact, or a member's (`contactExpertId`) under that
 * member's own visibility rule, applied when the step is read.
 */
export interface PathwayStepData {
  id: string;
  position: number;
  stage: NrmStage;
  organisationId: string | null;
  chainRole: ChainRole | null;
  action: string;
  handOver: string | null;
  contactExpertId: string | null;
  formsOfExploitation: FormOfExploitation[];
  targetGroups: TargetGroup[];
  /** "From here the national mechanism takes over." */
  refersToNational: boolean;
  /** Library resources for this step (its forms, guidance); absent in versions saved before steps linked any. */
  resourceIds?: string[];
}

/** The fields two versions of a step are compared on, in the order a reader scans them. */
export const COMPARED_FIELDS = [
  'position',
  'stage',
  'organisationId',
  'chainRole',
  'action',
  'handOver',
  'contactExpertId',
  'formsOfExploitation',
  'targetGroups',
  'refersToNational',
] as const satisfies readonly (keyof PathwayStepData)[];
export type ComparedField = (typeof COMPARED_FIELDS)[number];
