import { BASELINE_SCHEMAS, missingBaselineAnswers } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import type { BaselineAnswers } from './baseline-answers.js';
import { findBaselinePlace } from './baseline-place.js';
import { answerType, answerTypes } from './baseline-questions.js';
import { baselineAbilities } from './baseline.policy.js';
import { BaselineStatus, type BaselineAssessmentType, type BaselineComparison, type BaselineYear } from './baseline.types.js';

interface AssessmentRow {
  id: string;
  year: number;
  status: Exclude<BaselineStatus, 'NOT_STARTED'>;
  version: number;
  answers: BaselineAnswers;
  submitted_at: Date | null;
  accepted_at: Date | null;
  updated_at: Date;
}

const COUNTED: readonly string[] = [BaselineStatus.SUBMITTED, BaselineStatus.ACCEPTED];
export const isCounted = (status: string) => COUNTED.includes(status);

/** The reader's place and rights, refusing those who may not read: two statements. */
async function readable(em: Em, viewer: Viewer, municipalityId: string) {
  const place = await findBaselinePlace(em, municipalityId);
  const subject = { ...place, reader: await pathwayReaderFacts(em, viewer) };
  baselineAbilities.authorize(viewer, 'read', subject);
  return { place, can: baselineAbilities.permissions(viewer, subject) };
}

/** One municipality's assessment of a year (NOT_STARTED when none was saved): three statements. */
export async function findAssessment(em: Em, viewer: Viewer, municipalityId: string, year: number): Promise<BaselineAssessmentType> {
  const { place, can } = await readable(em, viewer, municipalityId);
  const [row] = await em.execute<AssessmentRow[]>(
    `select id, year, status, version, answers, submitted_at, accepted_at, updated_at
       from baseline_assessment where municipality_id = ? and year = ?`,
    [place.municipalityId, year],
  );
  const status = row?.status ?? BaselineStatus.NOT_STARTED;
  const answers = row?.answers ?? {};
  const open = status === BaselineStatus.NOT_STARTED || status === BaselineStatus.DRAFT;
  return {
    id: row?.id ?? null,
    municipalityId: place.municipalityId,
    municipalityName: place.name,
    countryCode: place.countryCode,
    year,
    status,
    version: row?.version ?? 0,
    submittedAt: row?.submitted_at ? new Date(row.submitted_at) : null,
    acceptedAt: row?.accepted_at ? new Date(row.accepted_at) : null,
    updatedAt: row ? new Date(row.updated_at) : null,
    answers: answerTypes(answers),
    missingRequired: missingBaselineAnswers(answers),
    viewerCan: {
      edit: can.answer && open,
      submit: can.submit && status === BaselineStatus.DRAFT,
      accept: can.accept && status === BaselineStatus.SUBMITTED,
      reopen: can.reopen && !open,
    },
  };
}

/** The assessment a command changed, as its author now reads it. */
export async function findAssessmentById(em: Em, viewer: Viewer, id: string): Promise<BaselineAssessmentType> {
  const [row] = await em.execute<{ municipality_id: string; year: number }[]>(
    `select municipality_id, year from baseline_assessment where id = ?`,
    [id],
  );
  return findAssessment(em, viewer, row!.municipality_id, row!.year);
}

/**
 * One municipality in two years, question by question, over submitted and accepted answers only (a draft is not
 * yet an answer): three statements whatever the number of years or questions.
 */
export async function compareYears(em: Em, viewer: Viewer, municipalityId: string, from: number, to: number): Promise<BaselineComparison> {
  const { place } = await readable(em, viewer, municipalityId);
  const rows = await em.execute<AssessmentRow[]>(
    `select id, year, status, version, answers, submitted_at, accepted_at, updated_at
       from baseline_assessment where municipality_id = ? order by year desc`,
    [place.municipalityId],
  );
  const counted = (year: number) => rows.find((r) => r.year === year && isCounted(r.status)) ?? null;
  const a = counted(from);
  const b = counted(to);
  const yearOf = (row: AssessmentRow | null): BaselineYear | null => (row ? { year: row.year, status: row.status } : null);
  return {
    municipalityId: place.municipalityId,
    municipalityName: place.name,
    countryCode: place.countryCode,
    years: rows.map((r) => ({ year: r.year, status: r.status })),
    from: yearOf(a),
    to: yearOf(b),
    rows: BASELINE_SCHEMAS.map(({ key }) => {
      const before = a?.answers[key] ? answerType(key, a.answers[key]) : null;
      const after = b?.answers[key] ? answerType(key, b.answers[key]) : null;
      return { question: key, from: before, to: after, changed: JSON.stringify(before) !== JSON.stringify(after) };
    }),
  };
}
