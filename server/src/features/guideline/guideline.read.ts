import { GUIDELINE_REVIEW_MONTHS, type GuidelineStatusKey } from '@strom/shared';
import type { Viewer } from '../../core/auth.js';
import type { Em } from '../../db/orm.js';
import { municipalityJson, type MunicipalityView } from '../scope/place.view.js';
import { visibleResourceSql } from '../resource/resource.policy.js';
import { trackerAbilities } from './guideline.policy.js';
import { trackerSubject } from './guideline-tracker.js';
import type { GuidelineChangeType, GuidelineItemType, GuidelineProgressType } from './guideline.types.js';
import { actionPointJson, isTracked, toActionPoint, toCounts, toDate, type ActionPointRow } from './guideline.view.js';

interface ItemRow {
  actionPoint: ActionPointRow;
  status: GuidelineStatusKey | null;
  version: number | null;
  reason: string | null;
  evidenceText: string | null;
  evidenceLink: string | null;
  evidenceStepId: string | null;
  evidenceResource: { id: string; title: string } | null;
  organisationId: string | null;
  organisationName: string | null;
  reviewedAt: string | null;
  due: boolean;
  municipality: MunicipalityView;
}

/** When an action point is due for review: reviewed before this moment, or never. */
export function reviewCutoff(now: Date): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - GUIDELINE_REVIEW_MONTHS);
  return cutoff;
}

/**
 * A municipality's tracker, refused (FORBIDDEN) to those who may not read it. Three statements at any number of
 * action points: the municipality and its pathway's editors, the reader's roles, the action points with statuses.
 */
export async function findProgress(em: Em, viewer: Viewer, municipalityId: string, now: Date): Promise<GuidelineProgressType> {
  const subject = await trackerSubject(em, viewer, municipalityId);
  trackerAbilities.authorize(viewer, 'read', subject);
  // A tracker reader who may not read the evidence's resource sees no evidence resource at all.
  const resource = visibleResourceSql(viewer, 'er');
  const rows = await em.execute<ItemRow[]>(
    `select ${actionPointJson('a')} as "actionPoint", s.status, s.version, s.reason, s.evidence_text as "evidenceText",
        s.evidence_link as "evidenceLink", s.evidence_step_id as "evidenceStepId",
        case when er.id is null then null else json_build_object('id', er.id, 'title', er.title) end as "evidenceResource", o.id as "organisationId", o.name as "organisationName",
        s.reviewed_at as "reviewedAt", (s.reviewed_at is null or s.reviewed_at < ?) as due, ${municipalityJson('m')} as municipality
       from guideline_action_point a cross join municipality m
       left join guideline_status s on s.action_point_key = a.key and s.municipality_id = m.id
       left join organisation o on o.id = s.responsible_organisation_id
       left join resource er on er.id = s.evidence_resource_id and ${resource.sql}
      where m.id = ? and ${isTracked('a')} order by a.position`,
    [reviewCutoff(now), ...resource.params, municipalityId],
  );
  const items: GuidelineItemType[] = rows.map((row) => ({
    id: `${municipalityId}:${row.actionPoint.key}`,
    actionPoint: toActionPoint(row.actionPoint),
    status: row.status ?? 'NOT_STARTED',
    version: row.version ?? 0,
    reason: row.reason,
    evidenceText: row.evidenceText,
    evidenceLink: row.evidenceLink,
    evidenceStepId: row.evidenceStepId,
    evidenceResource: row.evidenceResource,
    responsibleOrganisation: row.organisationId ? { id: row.organisationId, name: row.organisationName ?? '' } : null,
    reviewedAt: toDate(row.reviewedAt),
    dueForReview: row.due,
  }));
  const count = (status: GuidelineStatusKey) => items.filter((item) => item.status === status).length;
  const reviewed = items.flatMap((item) => (item.reviewedAt ? [item.reviewedAt.getTime()] : []));
  return {
    id: municipalityId,
    municipality: rows[0]!.municipality,
    counts: toCounts(items.length, {
      planned: count('PLANNED'),
      inProgress: count('IN_PROGRESS'),
      inPlace: count('IN_PLACE'),
      notApplicable: count('NOT_APPLICABLE'),
    }),
    lastReviewedAt: reviewed.length ? new Date(Math.max(...reviewed)) : null,
    items,
    viewerCan: { edit: trackerAbilities.can(viewer, 'edit', subject) },
  };
}

interface ChangeRow extends Omit<GuidelineChangeType, 'changedAt'> {
  changedAt: string;
}

/**
 * Changes of a municipality's statuses, newest first: one action point's whole history, or every change since a
 * moment (what changed since the last review). One statement.
 */
export async function findChanges(
  em: Em,
  municipalityId: string,
  filter: { actionPointKey?: string; since?: Date },
  limit: number,
): Promise<GuidelineChangeType[]> {
  const rows = await em.execute<ChangeRow[]>(
    `select c.id, c.action_point_key as "actionPointKey", c.version, c.previous_status as "previousStatus", c.status, c.reason,
        c.evidence_text as "evidenceText", c.evidence_link as "evidenceLink", o.name as "responsibleOrganisationName",
        e.full_name as "authorName", c.changed_at as "changedAt"
       from guideline_status_change c
       left join organisation o on o.id = c.responsible_organisation_id
       left join app_user u on u.id = c.author_id left join expert e on e.id = u.expert_id
      where c.municipality_id = ? and (?::text is null or c.action_point_key = ?) and (?::timestamptz is null or c.changed_at >= ?)
      order by c.changed_at desc, c.version desc limit ?`,
    [municipalityId, filter.actionPointKey ?? null, filter.actionPointKey ?? null, filter.since ?? null, filter.since ?? null, limit],
  );
  return rows.map((row) => ({ ...row, changedAt: new Date(row.changedAt) }));
}
