import { baselineLastYear, BASELINE_FIRST_YEAR, missingBaselineAnswers } from '@strom/shared';
import { randomUUID } from 'node:crypto';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { pathwayReaderFacts } from '../pathway/pathway-reader.js';
import { answersFromInput, textsOf, type BaselineAnswers } from './baseline-answers.js';
import { BaselineStatusConflict, lockedMessage } from './baseline-errors.js';
import { findBaselinePlace } from './baseline-place.js';
import type { BaselineTransitionInput, SaveBaselineDraftInput } from './baseline.inputs.js';
import { baselineAbilities } from './baseline.policy.js';

type Kind = 'SAVED' | 'SUBMITTED' | 'ACCEPTED' | 'REOPENED';
const actorId = (deps: CommandDeps) => (deps.actor.kind === 'member' ? deps.actor.userId : null);

/** The assessment a client id was already applied to: the retry returns it and changes nothing. */
async function appliedBefore(uow: UnitOfWork, clientId: string): Promise<string | null> {
  const [row] = await uow.em.execute<{ assessment_id: string }[]>(`select assessment_id from baseline_event where client_id = ?`, [
    clientId,
  ]);
  return row?.assessment_id ?? null;
}

async function record(uow: UnitOfWork, deps: CommandDeps, clientId: string, assessmentId: string, kind: Kind, version: number) {
  await uow.em.execute(`insert into baseline_event (client_id, assessment_id, kind, version, actor_id, at) values (?, ?, ?, ?, ?, ?)`, [
    clientId,
    assessmentId,
    kind,
    version,
    actorId(deps),
    uow.now.toISOString(),
  ]);
}

/**
 * Saves the whole questionnaire as the draft (the first save creates the assessment). Typed answers are checked
 * against the schemas and texts against the guardrail before the first write; a submitted or accepted assessment
 * refuses (CONFLICT with its status), a stale version too. A retried save (same client id) is applied once.
 */
export async function saveBaselineDraft(deps: CommandDeps, input: SaveBaselineDraftInput): Promise<string> {
  const clientId = parseUuid(input.clientId, 'input.clientId');
  if (input.year < BASELINE_FIRST_YEAR || input.year > baselineLastYear(deps.clock.now()))
    throw BadUserInput.field('input.year', `Assessments cover ${BASELINE_FIRST_YEAR} to ${baselineLastYear(deps.clock.now())}`);
  const answers = answersFromInput(input.answers);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const place = await findBaselinePlace(em, input.municipalityId, 'input.municipalityId');
    const reader = await pathwayReaderFacts(em, deps.actor);
    baselineAbilities.authorize(deps.actor, 'answer', { ...place, reader });
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`baseline:${place.municipalityId}:${input.year}`]);
    const [existing] = await em.execute<{ id: string; status: string; version: number }[]>(
      `select id, status, version from baseline_assessment where municipality_id = ? and year = ? for update`,
      [place.municipalityId, input.year],
    );
    const applied = await appliedBefore(uow, clientId);
    if (applied) {
      if (applied === existing?.id) return applied;
      throw BadUserInput.field('input.clientId', 'This client id was used for another assessment');
    }
    if (existing && existing.status !== 'DRAFT') throw new BaselineStatusConflict(existing.status, lockedMessage(existing.status));
    if ((existing?.version ?? 0) !== input.expectedVersion)
      throw new Conflict('Someone saved this assessment since you opened it: reload it to see their answers');
    const id = existing?.id ?? randomUUID();
    await guardTexts(uow, deps.actor, textsOf(answers), input.confirmations, { type: 'baseline_assessment', id });
    const now = uow.now.toISOString();
    if (existing)
      await em.execute(`update baseline_assessment set answers = ?::jsonb, version = version + 1, updated_at = ? where id = ?`, [
        JSON.stringify(answers),
        now,
        id,
      ]);
    else
      await em.execute(
        `insert into baseline_assessment (id, municipality_id, country_code, year, answers, created_at, updated_at)
           values (?, ?, ?, ?, ?::jsonb, ?, ?)`,
        [id, place.municipalityId, place.countryCode, input.year, JSON.stringify(answers), now, now],
      );
    await record(uow, deps, clientId, id, 'SAVED', (existing?.version ?? 0) + 1);
    return id;
  });
}

interface Transition {
  kind: Exclude<Kind, 'SAVED'>;
  action: 'submit' | 'accept' | 'reopen';
  from: readonly string[];
  to: 'SUBMITTED' | 'ACCEPTED' | 'DRAFT';
  refusal: (status: string) => string;
}

const TRANSITIONS = {
  submit: { kind: 'SUBMITTED', action: 'submit', from: ['DRAFT'], to: 'SUBMITTED', refusal: lockedMessage },
  accept: {
    kind: 'ACCEPTED',
    action: 'accept',
    from: ['SUBMITTED'],
    to: 'ACCEPTED',
    refusal: (s) => (s === 'ACCEPTED' ? 'This assessment is accepted already' : 'Only a submitted assessment can be accepted'),
  },
  reopen: {
    kind: 'REOPENED',
    action: 'reopen',
    from: ['SUBMITTED', 'ACCEPTED'],
    to: 'DRAFT',
    refusal: () => 'This assessment is open already',
  },
} as const satisfies Record<string, Transition>;

/**
 * Moves an assessment on: submit (every required question answered, else BAD_USER_INPUT naming each), accept
 * (locks it) or reopen (back to a draft). At the version the caller saw; a retried call is applied once.
 */
export async function changeBaselineStatus(
  deps: CommandDeps,
  which: keyof typeof TRANSITIONS,
  input: BaselineTransitionInput,
): Promise<string> {
  const transition: Transition = TRANSITIONS[which];
  const clientId = parseUuid(input.clientId, 'input.clientId');
  const assessmentId = parseUuid(input.assessmentId, 'input.assessmentId');
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const [row] = await em.execute<{ municipality_id: string; status: string; version: number; answers: BaselineAnswers }[]>(
      `select municipality_id, status, version, answers from baseline_assessment where id = ? for update`,
      [assessmentId],
    );
    if (!row) throw new NotFound('The assessment');
    const place = await findBaselinePlace(em, row.municipality_id);
    baselineAbilities.authorize(deps.actor, transition.action, { ...place, reader: await pathwayReaderFacts(em, deps.actor) });
    const applied = await appliedBefore(uow, clientId);
    if (applied === assessmentId) return assessmentId;
    if (applied) throw BadUserInput.field('input.clientId', 'This client id was used for another assessment');
    if (row.version !== input.expectedVersion) throw new Conflict('This assessment changed since you opened it: reload it');
    if (!transition.from.includes(row.status)) throw new BaselineStatusConflict(row.status, transition.refusal(row.status));
    if (which === 'submit') {
      const missing = missingBaselineAnswers(row.answers);
      if (missing.length > 0)
        throw new BadUserInput(missing.map((key) => ({ field: `answers.${key}`, message: `${key} is required before submitting` })));
    }
    const now = uow.now.toISOString();
    const by = actorId(deps);
    await em.execute(
      `update baseline_assessment set status = ?, version = version + 1, updated_at = ?,
         submitted_at = case when ? = 'SUBMITTED' then ?::timestamptz when ? = 'DRAFT' then null else submitted_at end,
         submitted_by_id = case when ? = 'SUBMITTED' then ?::uuid when ? = 'DRAFT' then null else submitted_by_id end,
         accepted_at = case when ? = 'ACCEPTED' then ?::timestamptz else null end,
         accepted_by_id = case when ? = 'ACCEPTED' then ?::uuid else null end
       where id = ?`,
      [
        transition.to,
        now,
        transition.to,
        now,
        transition.to,
        transition.to,
        by,
        transition.to,
        transition.to,
        now,
        transition.to,
        by,
        assessmentId,
      ],
    );
    await record(uow, deps, clientId, assessmentId, transition.kind, row.version + 1);
    if (which !== 'submit')
      await audit(em, {
        action: which === 'accept' ? 'BASELINE_ACCEPTED' : 'BASELINE_REOPENED',
        actorId: by,
        subjectType: 'baseline_assessment',
        subjectId: assessmentId,
        details: { from: row.status },
      });
    return assessmentId;
  });
}
