import { NotFound } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { diffSteps, type StepChange } from './pathway-diff.js';
import { contactsOfSteps, organisationsOfSteps } from './pathway-directory.read.js';
import type { PathwayStepData } from './pathway-step.js';
import type { PathwayVersionSummaryType } from './pathway.types.js';
import { versionJson } from './pathway.read.js';
import type { VersionRow } from './pathway.view.js';

/** Which versions a reader sees: all of them with drafts, otherwise those that were published at some time. */
function visible(readDraft: boolean): string {
  return readDraft ? 'true' : 'v.published_at is not null';
}

/** The history, newest first: one statement. */
export async function findVersions(em: Em, pathwayId: string, readDraft: boolean): Promise<PathwayVersionSummaryType[]> {
  const rows = await em.execute<{ version: VersionRow }[]>(
    `select ${versionJson('v')} as version from pathway_version v where v.pathway_id = ? and ${visible(readDraft)} order by v.number desc`,
    [pathwayId],
  );
  return rows.map(({ version: v }) => ({
    id: `${pathwayId}:${v.number}`,
    number: v.number,
    reason: v.reason,
    authorName: v.authorName,
    createdAt: new Date(v.createdAt),
    publishedAt: v.publishedAt ? new Date(v.publishedAt) : null,
  }));
}

/**
 * Two versions step by step, organisations and members by name (ids of ones since deleted stay as ids).
 * Three statements: the two versions, their organisations, their members.
 */
export async function diffVersions(em: Em, pathwayId: string, readDraft: boolean, from: number, to: number): Promise<StepChange[]> {
  const rows = await em.execute<{ number: number; steps: PathwayStepData[] }[]>(
    `select v.number, v.steps from pathway_version v where v.pathway_id = ? and v.number in (?, ?) and ${visible(readDraft)}`,
    [pathwayId, from, to],
  );
  const older = rows.find((r) => r.number === from);
  const newer = rows.find((r) => r.number === to);
  if (!older) throw new NotFound(`Version ${from}`);
  if (!newer) throw new NotFound(`Version ${to}`);
  const steps = [...older.steps, ...newer.steps];
  const organisations = await organisationsOfSteps(em, steps);
  const contacts = await contactsOfSteps(em, steps);
  return diffSteps(older.steps, newer.steps, (field, value) => {
    if (field === 'organisationId') return organisations.get(value)?.name ?? value;
    if (field === 'contactExpertId') return contacts.get(value)?.fullName ?? value;
    return value;
  });
}
