import { NRM_STAGES, TARGET_GROUPS, type ChainRole, type NrmStage, type ServiceKind, type TargetGroup } from '@strom/shared';
import type { PathwayStepData } from './pathway-step.js';
import { PathwayGapKind } from './pathway.enums.js';

/** What the gap rules read of a step's organisation in the directory. */
export interface StepOrganisationFacts {
  id: string;
  name: string;
  status: string;
  countryCode: string | null;
  services: { kind: ServiceKind; targetGroups: TargetGroup[] }[];
}

export interface PathwayGap {
  kind: PathwayGapKind;
  stage: NrmStage | null;
  targetGroup: TargetGroup | null;
  stepId: string | null;
  organisationName: string | null;
}

/** The services of the directory that fit each stage: a step's organisation should offer one of them. */
export const STAGE_SERVICES: Record<NrmStage, readonly ServiceKind[]> = {
  IDENTIFICATION: ['HOTLINE', 'OUTREACH', 'RISK_ASSESSMENT', 'CASE_MANAGEMENT'],
  FIRST_ASSISTANCE: [
    'SAFE_ACCOMMODATION',
    'EMERGENCY_MEDICAL',
    'PSYCHOLOGICAL_SUPPORT',
    'MATERIAL_ASSISTANCE',
    'INTERPRETATION',
    'CASE_MANAGEMENT',
    'CHILD_GUARDIANSHIP',
    'RISK_ASSESSMENT',
  ],
  LONG_TERM_ASSISTANCE: [
    'SAFE_ACCOMMODATION',
    'HEALTH_CARE',
    'PSYCHOLOGICAL_SUPPORT',
    'MATERIAL_ASSISTANCE',
    'LEGAL_COUNSELLING',
    'CASE_MANAGEMENT',
    'CHILD_GUARDIANSHIP',
    'INTERPRETATION',
  ],
  SOCIAL_INCLUSION: ['EDUCATION', 'EMPLOYMENT_SUPPORT', 'REINTEGRATION', 'CASE_MANAGEMENT'],
  RETURN_AND_REINTEGRATION: ['SAFE_RETURN', 'REINTEGRATION'],
  CRIMINAL_AND_CIVIL_PROCEEDINGS: ['CRIMINAL_PROCEEDINGS_SUPPORT', 'LEGAL_COUNSELLING', 'COMPENSATION_CLAIMS', 'INTERPRETATION'],
};

/**
 * Authorities act by their mandate, not through a listed service (the police identify, the prosecutor charges): a
 * step in one of these roles is not expected to match a service.
 */
const MANDATED_ROLES: ReadonlySet<ChainRole> = new Set(['FORMAL_IDENTIFIER', 'INVESTIGATOR', 'PROSECUTOR', 'LABOUR_INSPECTOR']);

const LEFT_THE_NETWORK = new Set(['CLOSED', 'MERGED']);

/** Whether a step hands over to someone: an organisation, or the national mechanism. */
function acts(step: PathwayStepData): boolean {
  return step.organisationId !== null || step.refersToNational;
}

function offersMatchingService(step: PathwayStepData, organisation: StepOrganisationFacts): boolean {
  const fitting = STAGE_SERVICES[step.stage];
  return organisation.services.some(
    (service) =>
      fitting.includes(service.kind) &&
      (step.targetGroups.length === 0 ||
        service.targetGroups.length === 0 ||
        service.targetGroups.some((group) => step.targetGroups.includes(group))),
  );
}

/**
 * The gaps of a version, computed, never typed in: stages nobody acts at, target groups no acting step names
 * (a step serves the groups it lists), steps whose organisation offers nothing that fits, organisations that left.
 */
export function computeGaps(steps: readonly PathwayStepData[], organisations: ReadonlyMap<string, StepOrganisationFacts>): PathwayGap[] {
  const gaps: PathwayGap[] = [];
  const gap = (kind: PathwayGapKind, fields: Partial<PathwayGap>) =>
    gaps.push({ kind, stage: null, targetGroup: null, stepId: null, organisationName: null, ...fields });
  for (const stage of Object.keys(NRM_STAGES) as NrmStage[]) {
    if (!steps.some((step) => step.stage === stage && acts(step))) gap(PathwayGapKind.STAGE_WITHOUT_ACTOR, { stage });
  }
  for (const targetGroup of Object.keys(TARGET_GROUPS) as TargetGroup[]) {
    if (!steps.some((step) => acts(step) && step.targetGroups.includes(targetGroup)))
      gap(PathwayGapKind.TARGET_GROUP_UNSERVED, { targetGroup });
  }
  for (const step of steps) {
    if (step.organisationId === null) continue;
    const organisation = organisations.get(step.organisationId);
    const fields = { stage: step.stage, stepId: step.id, organisationName: organisation?.name ?? null };
    if (!organisation || LEFT_THE_NETWORK.has(organisation.status)) gap(PathwayGapKind.ORGANISATION_LEFT, fields);
    else if (!(step.chainRole && MANDATED_ROLES.has(step.chainRole)) && !offersMatchingService(step, organisation))
      gap(PathwayGapKind.NO_MATCHING_SERVICE, fields);
  }
  return gaps;
}
