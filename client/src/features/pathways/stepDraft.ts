import type { ChainRole, FormOfExploitation, NrmStage, TargetGroup } from '@strom/shared';

/** A step as the editor holds it; its position is its place in the list. */
export interface StepDraft {
  id: string;
  stage: NrmStage;
  organisationId: string;
  chainRole: ChainRole | '';
  action: string;
  handOver: string;
  contactExpertId: string | null;
  formsOfExploitation: FormOfExploitation[];
  targetGroups: TargetGroup[];
  refersToNational: boolean;
  /** Library resources the step links (as far as this editor may read them). */
  resources: { id: string; title: string }[];
}

export function emptyStep(): StepDraft {
  return {
    id: crypto.randomUUID(),
    stage: 'IDENTIFICATION',
    organisationId: '',
    chainRole: '',
    action: '',
    handOver: '',
    contactExpertId: null,
    formsOfExploitation: [],
    targetGroups: [],
    refersToNational: false,
    resources: [],
  };
}

/** The saved steps the server sent, as drafts. */
export function toDrafts(
  steps: readonly {
    id: string;
    stage: NrmStage;
    chainRole?: ChainRole | null;
    action: string;
    handOver?: string | null;
    formsOfExploitation: FormOfExploitation[];
    targetGroups: TargetGroup[];
    refersToNational: boolean;
    organisation?: { id: string } | null;
    contact?: { expertId: string } | null;
    resources?: readonly { id: string; title: string }[];
  }[],
): StepDraft[] {
  return steps.map((s) => ({
    id: s.id,
    stage: s.stage,
    organisationId: s.organisation?.id ?? '',
    chainRole: s.chainRole ?? '',
    action: s.action,
    handOver: s.handOver ?? '',
    contactExpertId: s.contact?.expertId ?? null,
    formsOfExploitation: [...s.formsOfExploitation],
    targetGroups: [...s.targetGroups],
    refersToNational: s.refersToNational,
    resources: (s.resources ?? []).map(({ id, title }) => ({ id, title })),
  }));
}

/** The mutation's step inputs, numbered in list order. */
export function toInputs(steps: readonly StepDraft[]) {
  return steps.map((s, index) => ({
    id: s.id,
    position: index + 1,
    stage: s.stage,
    organisationId: s.organisationId || null,
    chainRole: s.chainRole || null,
    action: s.action,
    handOver: s.handOver || null,
    contactExpertId: s.contactExpertId,
    formsOfExploitation: s.formsOfExploitation,
    targetGroups: s.targetGroups,
    refersToNational: s.refersToNational,
    resourceIds: s.resources.map((resource) => resource.id),
  }));
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** Narrows a select's string to one of its vocabulary keys. */
export function oneOf<K extends string>(keys: readonly K[], value: string): value is K {
  return (keys as readonly string[]).includes(value);
}
