import { COMPARED_FIELDS, type ComparedField, type PathwayStepData } from './pathway-step.js';
import { StepChangeKind } from './pathway.enums.js';

export interface FieldChange {
  field: ComparedField;
  before: string | null;
  after: string | null;
}

export interface StepChange {
  stepId: string;
  change: StepChangeKind;
  /** Where the step is in the newer version (the older one for a removed step). */
  position: number;
  stage: PathwayStepData['stage'];
  fields: FieldChange[];
}

/** How a value reads in a comparison: lists joined, ids named by `name` (an organisation, a member). */
export type ValueNamer = (field: ComparedField, value: string) => string;

const asIs: ValueNamer = (_field, value) => value;

function show(field: ComparedField, value: PathwayStepData[ComparedField], name: ValueNamer): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.toSorted((a, b) => a.localeCompare(b)).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return name(field, String(value));
}

/**
 * Two versions step by step: a step is the same step in both when it kept its id. Added and removed steps list
 * their filled fields; changed ones only the fields that differ. Ordered by position in the newer version.
 */
export function diffSteps(older: readonly PathwayStepData[], newer: readonly PathwayStepData[], name: ValueNamer = asIs): StepChange[] {
  const before = new Map(older.map((step) => [step.id, step]));
  const after = new Map(newer.map((step) => [step.id, step]));
  const changes: StepChange[] = [];
  for (const step of newer) {
    const previous = before.get(step.id);
    const fields = COMPARED_FIELDS.map((field) => ({
      field,
      before: previous ? show(field, previous[field], name) : null,
      after: show(field, step[field], name),
    })).filter((c) => c.before !== c.after);
    if (!previous) changes.push({ stepId: step.id, change: StepChangeKind.ADDED, position: step.position, stage: step.stage, fields });
    else if (fields.length > 0)
      changes.push({ stepId: step.id, change: StepChangeKind.CHANGED, position: step.position, stage: step.stage, fields });
  }
  for (const step of older) {
    if (after.has(step.id)) continue;
    const fields = COMPARED_FIELDS.map((field) => ({ field, before: show(field, step[field], name), after: null })).filter(
      (c) => c.before !== null,
    );
    changes.push({ stepId: step.id, change: StepChangeKind.REMOVED, position: step.position, stage: step.stage, fields });
  }
  return changes.toSorted((a, b) => a.position - b.position || a.change.localeCompare(b.change));
}
