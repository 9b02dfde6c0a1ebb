import { BadUserInput, type FieldError } from '../../core/errors.js';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { visibleResourceSql } from '../resource/resource.policy.js';
import type { PathwayPlace } from './pathway-key.js';
import type { PathwayStepData } from './pathway-step.js';
import type { PathwayStepInput } from './pathway.inputs.js';

/** The one stage at which a step may name an organisation of another country: bringing a person home. */
export const CROSS_BORDER_STAGE = 'RETURN_AND_REINTEGRATION';

/**
 * The business rules on a new set of steps, all checked before anything is written (every finding at once, each
 * under its field): positions and ids unique, organisations and members known, an organisation outside the
 * pathway's country only at the cross-border return stage, resources the editor reads. Three statements, whatever
 * the number of steps.
 *
 * `before` holds the steps of the version being edited: a resource an earlier editor linked to a step and this editor
 * may not read never reached their editor, so it stays on the step instead of being dropped by their save.
 */
export async function validSteps(
  em: Em,
  editor: Viewer,
  place: PathwayPlace,
  steps: readonly PathwayStepInput[],
  before: readonly PathwayStepData[] = [],
): Promise<PathwayStepData[]> {
  const errors: FieldError[] = [];
  const seenPositions = new Set<number>();
  const seenIds = new Set<string>();
  steps.forEach((step, i) => {
    if (seenPositions.has(step.position))
      errors.push({ field: `steps.${i}.position`, message: `Two steps have position ${step.position}` });
    if (seenIds.has(step.id.toLowerCase())) errors.push({ field: `steps.${i}.id`, message: 'Two steps have the same id' });
    seenPositions.add(step.position);
    seenIds.add(step.id.toLowerCase());
    if (!step.action.trim()) errors.push({ field: `steps.${i}.action`, message: 'Say what happens at this step' });
  });
  const organisations = await organisationCountries(em, steps);
  const experts = await knownExperts(em, steps);
  const linkedBefore = new Map(before.map((step) => [step.id, step.resourceIds ?? []]));
  const resources = await readableResources(em, editor, [
    ...steps.flatMap((step) => step.resourceIds),
    ...[...linkedBefore.values()].flat(),
  ]);
  const hiddenFromEditor = (step: PathwayStepInput) => (linkedBefore.get(step.id.toLowerCase()) ?? []).filter((id) => !resources.has(id));
  steps.forEach((step, i) => {
    const organisationId = step.organisationId?.toLowerCase();
    if (organisationId) {
      const organisation = organisations.get(organisationId);
      if (!organisation) errors.push({ field: `steps.${i}.organisationId`, message: 'This organisation is not in the directory' });
      else if (organisation.status === 'PROPOSED')
        errors.push({ field: `steps.${i}.organisationId`, message: 'This organisation still waits for approval' });
      else if (organisation.countryCode !== place.countryCode && step.stage !== CROSS_BORDER_STAGE)
        errors.push({
          field: `steps.${i}.organisationId`,
          message: `This organisation is outside ${place.countryCode}: only a return and reintegration step may cross the border`,
        });
    }
    if (step.contactExpertId && !experts.has(step.contactExpertId.toLowerCase()))
      errors.push({ field: `steps.${i}.contactExpertId`, message: 'This member is not in the directory' });
    const kept = hiddenFromEditor(step);
    if (step.resourceIds.some((id) => !resources.has(id.toLowerCase()) && !kept.includes(id.toLowerCase())))
      errors.push({ field: `steps.${i}.resourceIds`, message: 'Choose resources of the library as you see it' });
  });
  if (errors.length > 0) throw new BadUserInput(errors);
  return steps
    .toSorted((a, b) => a.position - b.position)
    .map((step) => ({
      id: step.id.toLowerCase(),
      position: step.position,
      stage: step.stage,
      organisationId: step.organisationId?.toLowerCase() ?? null,
      chainRole: step.chainRole ?? null,
      action: step.action.trim(),
      handOver: step.handOver?.trim() || null,
      contactExpertId: step.contactExpertId?.toLowerCase() ?? null,
      formsOfExploitation: [...new Set(step.formsOfExploitation)],
      targetGroups: [...new Set(step.targetGroups)],
      refersToNational: step.refersToNational,
      resourceIds: [...new Set([...step.resourceIds.map((id) => id.toLowerCase()), ...hiddenFromEditor(step)])],
    }));
}

async function organisationCountries(em: Em, steps: readonly PathwayStepInput[]) {
  const ids = [...new Set(steps.flatMap((s) => (s.organisationId ? [s.organisationId.toLowerCase()] : [])))];
  if (ids.length === 0) return new Map<string, { countryCode: string | null; status: string }>();
  const rows = await em.execute<{ id: string; country_code: string | null; status: string }[]>(
    `select id, country_code, status from organisation where id in (?)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { countryCode: r.country_code, status: r.status }]));
}

async function knownExperts(em: Em, steps: readonly PathwayStepInput[]): Promise<Set<string>> {
  const ids = [...new Set(steps.flatMap((s) => (s.contactExpertId ? [s.contactExpertId.toLowerCase()] : [])))];
  if (ids.length === 0) return new Set();
  const rows = await em.execute<{ id: string }[]>(`select id from expert where id in (?)`, [ids]);
  return new Set(rows.map((r) => r.id));
}

async function readableResources(em: Em, editor: Viewer, resourceIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(resourceIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return new Set();
  const visible = visibleResourceSql(editor);
  const rows = await em.execute<{ id: string }[]>(`select r.id from resource r where r.id in (?) and ${visible.sql}`, [
    ids,
    ...visible.params,
  ]);
  return new Set(rows.map((r) => r.id));
}
