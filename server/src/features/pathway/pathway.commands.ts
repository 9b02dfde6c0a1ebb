import { LockMode } from '@mikro-orm/core';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { topic } from '../../core/pubsub.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { PathwayConflict } from './pathway-conflict.js';
import { PathwayVersion, ReferralPathway } from './pathway.entity.js';
import type { PublishPathwayInput, SavePathwayDraftInput, SetPathwayEditorsInput, SetPathwayPublicInput } from './pathway.inputs.js';
import { resolvePathwayPlace } from './pathway-key.js';
import { pathwayAbilities, type PathwaySubject } from './pathway.policy.js';
import { pathwayReaderFacts } from './pathway-reader.js';
import type { PathwayStepData } from './pathway-step.js';
import { validSteps } from './pathway-steps.validate.js';

async function subjectOf(uow: UnitOfWork, deps: CommandDeps, pathway: ReferralPathway): Promise<PathwaySubject> {
  const { countryCode, municipalityId, isPublic, editorExpertIds } = pathway;
  return { countryCode, municipalityId, isPublic, editorExpertIds, reader: await pathwayReaderFacts(uow.em, deps.actor) };
}

/**
 * Saves the editor's steps as the next version (the draft). Serialised per pathway; the version the editor started
 * from must still be the latest (CONFLICT otherwise, naming the current one). Every rule is checked before the
 * first write, so a refused save leaves nothing behind. The first save creates the pathway.
 */
export async function savePathwayDraft(deps: CommandDeps, input: SavePathwayDraftInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const place = await resolvePathwayPlace(em, input);
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`pathway:${place.municipalityId ?? place.countryCode}`]);
    const where = place.municipalityId
      ? { municipalityId: place.municipalityId }
      : { countryCode: place.countryCode, municipalityId: null };
    const pathway = (await em.findOne(ReferralPathway, where)) ?? em.create(ReferralPathway, { ...place });
    pathwayAbilities.authorize(deps.actor, 'edit', await subjectOf(uow, deps, pathway));
    if (await savedBefore(uow, pathway, input.versionId)) return pathway.id;
    if (pathway.latestNumber !== input.expectedVersion) throw new PathwayConflict(pathway.latestNumber);
    const steps = await validSteps(em, deps.actor, place, input.steps, await latestSteps(uow, pathway));
    const texts = [
      { field: 'reason', text: input.reason },
      ...input.steps.flatMap((step, i) => [
        { field: `steps.${i}.action`, text: step.action },
        { field: `steps.${i}.handOver`, text: step.handOver },
      ]),
    ];
    await guardTexts(uow, deps.actor, texts, input.confirmations, { type: 'referral_pathway', id: pathway.id });
    pathway.latestNumber += 1;
    pathway.updatedAt = uow.now;
    em.create(PathwayVersion, {
      id: input.versionId,
      pathwayId: pathway.id,
      number: pathway.latestNumber,
      steps,
      reason: input.reason.trim(),
      authorId: deps.actor.kind === 'member' ? deps.actor.userId : null,
      createdAt: uow.now,
    });
    uow.publish(topic('pathway', pathway.id), { kind: 'DRAFT_SAVED', pathwayId: pathway.id, number: pathway.latestNumber });
    return pathway.id;
  });
}

/** The steps of the pathway's latest version, the one a save builds on; none for a new pathway. */
async function latestSteps(uow: UnitOfWork, pathway: ReferralPathway): Promise<PathwayStepData[]> {
  if (pathway.latestNumber === 0) return [];
  const [latest] = await uow.em.execute<{ steps: PathwayStepData[] }[]>(
    `select steps from pathway_version where pathway_id = ? and number = ?`,
    [pathway.id, pathway.latestNumber],
  );
  return latest?.steps ?? [];
}

/**
 * Whether this save already happened (the answer was lost and the client sent it again): then it changes nothing
 * and answers as the first time did. The id of another pathway's or another author's version is refused.
 */
async function savedBefore(uow: UnitOfWork, pathway: ReferralPathway, versionId: string): Promise<boolean> {
  const earlier = await uow.em.findOne(PathwayVersion, { id: parseUuid(versionId, 'input.versionId') });
  if (!earlier) return false;
  const author = uow.actor.kind === 'member' ? uow.actor.userId : null;
  if (earlier.pathwayId !== pathway.id || earlier.authorId !== author) {
    throw BadUserInput.field('input.versionId', 'This version id is taken: choose a new one');
  }
  return true;
}

async function lockedPathway(uow: UnitOfWork, id: string): Promise<ReferralPathway> {
  const pathway = await uow.em.findOne(ReferralPathway, { id: parseUuid(id, 'input.pathwayId') }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!pathway) throw new NotFound('The pathway');
  return pathway;
}

/** Members read the published version from now on; publishing an older version rolls back to it. */
export async function publishPathway(deps: CommandDeps, input: PublishPathwayInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const pathway = await lockedPathway(uow, input.pathwayId);
    pathwayAbilities.authorize(deps.actor, 'publish', await subjectOf(uow, deps, pathway));
    if (pathway.latestNumber !== input.expectedVersion) throw new PathwayConflict(pathway.latestNumber);
    const version = await uow.em.findOne(PathwayVersion, { pathwayId: pathway.id, number: input.number });
    if (!version) throw new NotFound(`Version ${input.number}`);
    if (pathway.publishedNumber === input.number) throw new Conflict(`Version ${input.number} is already the published one`);
    version.publishedAt = uow.now;
    version.publishedById = deps.actor.kind === 'member' ? deps.actor.userId : null;
    pathway.publishedNumber = input.number;
    pathway.updatedAt = uow.now;
    uow.publish(topic('pathway', pathway.id), { kind: 'PUBLISHED', pathwayId: pathway.id, number: input.number });
    return pathway.id;
  });
}

export async function setPathwayPublic(deps: CommandDeps, input: SetPathwayPublicInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const pathway = await lockedPathway(uow, input.pathwayId);
    pathwayAbilities.authorize(deps.actor, 'setPublic', await subjectOf(uow, deps, pathway));
    pathway.isPublic = input.isPublic;
    pathway.updatedAt = uow.now;
    return pathway.id;
  });
}

/** A coordinator names the members, besides the contact point, who edit the pathway (the whole list, replaced). */
export async function setPathwayEditors(deps: CommandDeps, input: SetPathwayEditorsInput): Promise<string> {
  return runCommand(deps, async (uow) => {
    const pathway = await lockedPathway(uow, input.pathwayId);
    pathwayAbilities.authorize(deps.actor, 'nameEditors', await subjectOf(uow, deps, pathway));
    const ids = [...new Set(input.expertIds.map((id, i) => parseUuid(id, `input.expertIds.${i}`)))];
    const known = ids.length ? await uow.em.execute<{ id: string }[]>(`select id from expert where id in (?)`, [ids]) : [];
    const missing = ids.findIndex((id) => !known.some((row) => row.id === id));
    if (missing !== -1) throw new NotFound('A named member');
    pathway.editorExpertIds = ids;
    pathway.updatedAt = uow.now;
    return pathway.id;
  });
}
