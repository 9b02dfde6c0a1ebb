import { LockMode } from '@mikro-orm/core';
import { BadUserInput, NotFound } from '../../core/errors.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import type { Viewer } from '../../core/auth.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { visibleResourceSql } from '../resource/resource.policy.js';
import { GuidelineConflict } from './guideline-conflict.js';
import { GuidelineActionPoint, GuidelineStatus, GuidelineStatusChange } from './guideline.entity.js';
import type { SetGuidelineStatusInput } from './guideline.inputs.js';
import { trackerAbilities } from './guideline.policy.js';
import { trackerSubject } from './guideline-tracker.js';

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The evidence must point into this municipality's pathway as members read it (the published version): one statement. */
async function checkEvidenceStep(uow: UnitOfWork, municipalityId: string, stepId: string): Promise<void> {
  const [row] = await uow.em.execute<{ found: boolean }[]>(
    `select exists (select 1 from referral_pathway p join pathway_version v on v.pathway_id = p.id and v.number = p.published_number,
       jsonb_array_elements(v.steps) s where p.municipality_id = ? and s->>'id' = ?) as found`,
    [municipalityId, stepId],
  );
  if (!row?.found) throw BadUserInput.field('input.evidenceStepId', 'Choose a step of this municipality’s published pathway');
}

/** Whether `actor` may read the library resource: one statement. */
async function readsResource(uow: UnitOfWork, actor: Viewer, resourceId: string): Promise<boolean> {
  const visible = visibleResourceSql(actor);
  const rows = await uow.em.execute<{ id: string }[]>(`select r.id from resource r where r.id = ? and ${visible.sql}`, [
    resourceId,
    ...visible.params,
  ]);
  return rows.length > 0;
}

/** The evidence may name a library resource the author reads. */
async function checkEvidenceResource(uow: UnitOfWork, actor: Viewer, resourceId: string): Promise<void> {
  if (!(await readsResource(uow, actor, resourceId))) {
    throw BadUserInput.field('input.evidenceResourceId', 'Choose a resource of the library as you see it');
  }
}

/**
 * The evidence resource already on the status when its author may not read it: their dialog never showed it, so
 * their save (which names none) keeps it rather than dropping what an earlier editor linked. One statement, or none.
 */
async function evidenceHiddenFrom(uow: UnitOfWork, actor: Viewer, resourceId: string | null): Promise<string | null> {
  if (!resourceId) return null;
  return (await readsResource(uow, actor, resourceId)) ? null : resourceId;
}

async function checkOrganisation(uow: UnitOfWork, id: string): Promise<void> {
  const rows = await uow.em.execute<{ id: string }[]>(`select id from organisation where id = ?`, [id]);
  if (rows.length === 0) throw new NotFound('The responsible organisation');
}

/**
 * Records a municipality's status on an action point as reviewed now, and the change in the history. Serialised per
 * status; the version the editor reviewed must still be the current one. A retry with the same client id returns
 * what the first call saved. Every rule is checked before the first write.
 */
export async function setGuidelineStatus(deps: CommandDeps, input: SetGuidelineStatusInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const retried = await em.findOne(GuidelineStatusChange, { id: input.clientId });
    if (retried) return retried.municipalityId;
    trackerAbilities.authorize(deps.actor, 'edit', await trackerSubject(em, deps.actor, input.municipalityId));
    const point = await em.findOne(GuidelineActionPoint, { key: input.actionPointKey });
    if (!point) throw new NotFound(`Action point ${input.actionPointKey}`);
    if (point.retiredAt) throw BadUserInput.field('input.actionPointKey', 'This action point is retired: it is no longer tracked');
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`guideline:${input.municipalityId}:${input.actionPointKey}`]);
    const existing = await em.findOne(
      GuidelineStatus,
      { municipalityId: input.municipalityId, actionPointKey: input.actionPointKey },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if ((existing?.version ?? 0) !== input.expectedVersion) throw new GuidelineConflict(existing?.version ?? 0);
    const reason = blankToNull(input.reason);
    if (input.status === 'NOT_APPLICABLE' && !reason) throw BadUserInput.field('input.reason', 'Say why this action point does not apply');
    if (input.evidenceStepId) await checkEvidenceStep(uow, input.municipalityId, input.evidenceStepId);
    if (input.evidenceResourceId) await checkEvidenceResource(uow, deps.actor, input.evidenceResourceId);
    if (input.responsibleOrganisationId) await checkOrganisation(uow, input.responsibleOrganisationId);
    const keptEvidence = input.evidenceResourceId ? null : await evidenceHiddenFrom(uow, deps.actor, existing?.evidenceResourceId ?? null);
    const values = {
      status: input.status,
      reason,
      evidenceText: blankToNull(input.evidenceText),
      evidenceLink: blankToNull(input.evidenceLink),
      evidenceStepId: input.evidenceStepId ?? null,
      evidenceResourceId: input.evidenceResourceId ?? keptEvidence,
      responsibleOrganisationId: input.responsibleOrganisationId ?? null,
    };
    const status =
      existing ??
      em.create(GuidelineStatus, {
        municipalityId: input.municipalityId,
        actionPointKey: input.actionPointKey,
        ...values,
        reviewedAt: uow.now,
        version: 0,
      });
    const texts = [
      { field: 'reason', text: values.reason },
      { field: 'evidenceText', text: values.evidenceText },
    ];
    await guardTexts(uow, deps.actor, texts, input.confirmations, { type: 'guideline_status', id: status.id });
    const previousStatus = existing?.status ?? null;
    const authorId = deps.actor.kind === 'member' ? deps.actor.userId : null;
    Object.assign(status, values, { reviewedAt: uow.now, version: status.version + 1, updatedById: authorId });
    em.create(GuidelineStatusChange, {
      id: input.clientId,
      statusId: status.id,
      municipalityId: input.municipalityId,
      actionPointKey: input.actionPointKey,
      version: status.version,
      previousStatus,
      ...values,
      authorId,
      changedAt: uow.now,
    });
    return input.municipalityId;
  });
}
