import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { normalisePhone } from '@strom/shared';
import { isMember, type MemberViewer } from '../../core/auth.js';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { applyScope, resolveScope } from '../scope/scope.inputs.js';
import type { CreateOrganisationInput } from './organisation-lifecycle.inputs.js';
import { Organisation } from './organisation.entity.js';
import { organisationAbilities } from './organisation.policy.js';

export function signedIn(deps: CommandDeps): MemberViewer {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  return deps.actor;
}

/**
 * A coordinator of its country (or an admin) adds an organisation at once; any other member proposes it, and it
 * waits, seen by them and its approvers only, until a coordinator approves it. The id is the client's: a retry
 * answers with what the first attempt created.
 */
export async function createOrganisation(deps: CommandDeps, input: CreateOrganisationInput): Promise<Organisation> {
  const member = signedIn(deps);
  const id = parseUuid(input.id, 'input.id');
  const create = () =>
    runCommand(deps, async (uow) => {
      const { em } = uow;
      const existing = await em.findOne(Organisation, id);
      if (existing) return sameAuthor(existing, member);
      const scope = await resolveScope(em, input.scope, 'input.scope');
      const organisation = Object.assign(new Organisation(), {
        id,
        name: input.name.trim(),
        acronym: input.acronym?.trim() || null,
        type: input.type,
        description: input.description?.trim() || null,
        website: input.website?.trim() || null,
        phone: input.phone ? normalisePhone(input.phone) : null,
        email: input.email?.trim() || null,
        publiclyListed: input.publiclyListed,
        status: 'PROPOSED' as Organisation['status'],
        proposedById: member.userId,
        lastConfirmedAt: uow.now,
      });
      applyScope(organisation, scope);
      em.persist(organisation);
      organisationAbilities.authorize(member, 'propose', organisation);
      const atOnce = organisationAbilities.can(member, 'approve', organisation);
      const reason = input.reason?.trim() || null;
      if (!atOnce && !reason) throw BadUserInput.field('input.reason', 'Say why the network needs this organisation');
      const texts = [
        { field: 'description', text: organisation.description },
        { field: 'reason', text: reason },
      ];
      await guardTexts(uow, member, texts, input.confirmations, { type: 'organisation', id });
      if (atOnce) {
        organisation.status = 'ACTIVE';
        const activity = recordActivity(em, { kind: 'ORGANISATION_ADDED', organisation });
        uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
      } else {
        organisation.proposalReason = reason;
      }
      await em.flush();
      await audit(em, {
        action: atOnce ? 'ORGANISATION_CREATED' : 'ORGANISATION_PROPOSED',
        actorId: member.userId,
        subjectType: 'organisation',
        subjectId: id,
        details: organisationFacts(organisation),
      });
      return organisation;
    });
  try {
    return await create();
  } catch (error) {
    // A concurrent retry with the same id won the race: answer with what it created.
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const existing = await deps.em.fork().findOne(Organisation, id);
    if (!existing) throw error;
    return sameAuthor(existing, member);
  }
}

function sameAuthor(existing: Organisation, member: MemberViewer): Organisation {
  if (existing.proposedById !== member.userId) throw new Conflict('This id belongs to another organisation; create it with a new id');
  return existing;
}

/** A coordinator of its country approves a proposed organisation: it joins the directory and the feed. */
export async function approveOrganisation(deps: CommandDeps, id: string): Promise<Organisation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await lockedOrganisation(em, id);
    organisationAbilities.authorize(member, 'approve', organisation);
    if (organisation.status !== 'PROPOSED') throw new Conflict('This organisation is not waiting for approval any more');
    organisation.status = 'ACTIVE';
    organisation.lastConfirmedAt = uow.now;
    const activity = recordActivity(em, { kind: 'ORGANISATION_ADDED', organisation });
    uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
    await em.flush();
    await audit(em, { action: 'ORGANISATION_APPROVED', actorId: member.userId, ...subjectOf(organisation) });
    return organisation;
  });
}

/**
 * A declined proposal is removed (nothing can name it yet); the audit log keeps that it was declined, not why:
 * the reason goes to the proposer only, by mail.
 */
export async function declineOrganisation(deps: CommandDeps, id: string, reason: string | null | undefined): Promise<string> {
  const member = signedIn(deps);
  const because = reason?.trim() || null;
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await lockedOrganisation(em, id);
    organisationAbilities.authorize(member, 'decline', organisation);
    if (organisation.status !== 'PROPOSED') throw new Conflict('This organisation is not waiting for approval any more');
    await guardTexts(uow, member, [{ field: 'reason', text: because }], [], { type: 'organisation', id: organisation.id });
    const facts = subjectOf(organisation);
    const proposer = organisation.proposedById
      ? await em.execute<{ email: string }[]>(`select email from app_user where id = ? and deleted_at is null`, [organisation.proposedById])
      : [];
    const name = organisation.name;
    em.remove(organisation);
    await em.flush();
    await audit(em, {
      action: 'ORGANISATION_DECLINED',
      actorId: member.userId,
      ...facts,
      details: { ...facts.details, reasonGiven: because !== null },
    });
    const to = proposer[0]?.email;
    if (to) uow.record('mail', declinedMail(to, name, because), `organisation-declined:${organisation.id}`);
    return organisation.id;
  });
}

function declinedMail(to: string, name: string, reason: string | null) {
  const why = reason ? `\n\nThe coordinator wrote:\n${reason}` : '';
  return {
    to,
    subject: `Your proposed organisation “${name}” was not added`,
    text: `A coordinator of its country declined your proposal to add “${name}” to the Strom directory.${why}`,
  };
}

export async function lockedOrganisation(em: Em, id: string, field = 'id'): Promise<Organisation> {
  const organisation = await em.findOne(Organisation, parseUuid(id, field), { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!organisation) throw new NotFound('The organisation');
  return organisation;
}

export function organisationFacts(organisation: Organisation): Record<string, string | boolean | null> {
  return { country: organisation.country?.unwrap().code ?? null, level: organisation.level, type: organisation.type };
}

export function subjectOf(organisation: Organisation) {
  return { subjectType: 'organisation', subjectId: organisation.id, details: organisationFacts(organisation) };
}
