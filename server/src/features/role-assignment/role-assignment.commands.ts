import { ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import { CHAIN_ROLES } from '@strom/shared';
import { isMember, type MemberViewer } from '../../core/auth.js';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { audit } from '../audit/audit.service.js';
import { Expert } from '../expert/expert.entity.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { applyScope, resolveScope } from '../scope/scope.inputs.js';
import { appointContactPoint } from './contact-point.js';
import { RoleAssignment, type RoleKey } from './role-assignment.entity.js';
import type { AddMyRoleInput, AssignNetworkRoleInput, EndRoleInput, RoleFieldsInput } from './role-assignment.inputs.js';
import { roleAbilities } from './role-assignment.policy.js';
import { RoleStatus, roleStatus, utcToday } from './role-status.js';

/** Each network role a coordinator assigns, and the one level it is held at. */
export const ASSIGNABLE_NETWORK_ROLES: Partial<Record<RoleKey, 'LOCAL' | 'NATIONAL'>> = {
  MUNICIPAL_CONTACT_POINT: 'LOCAL',
  NATIONAL_COORDINATOR: 'NATIONAL',
  TF_THB_MEMBER: 'NATIONAL',
};

function signedIn(deps: CommandDeps): MemberViewer {
  if (!isMember(deps.actor)) throw new Unauthenticated();
  return deps.actor;
}

/** A member adds one of their own chain roles. */
export async function addMyRole(deps: CommandDeps, input: AddMyRoleInput): Promise<RoleAssignment> {
  const member = signedIn(deps);
  if (!member.expertId) throw new Conflict('Complete your profile before adding roles');
  if (!(input.role in CHAIN_ROLES)) throw BadUserInput.field('input.role', 'Choose a role in the chain of assistance');
  const expertId = member.expertId;
  return onceById(deps, input.id, expertId, async (uow) => {
    roleAbilities.authorize(member, 'manageOwn', { expertId, countryCode: null });
    const assignment = await newAssignment(uow, input, expertId);
    assignment.responsibilities = input.responsibilities?.trim() || null;
    await guardTexts(uow, member, [{ field: 'responsibilities', text: assignment.responsibilities }], input.confirmations, {
      type: 'expert',
      id: expertId,
    });
    await uow.em.flush();
    return assignment;
  });
}

/** A coordinator of its country (or an admin) names a member to a network role; a new contact point ends the last. */
export async function assignNetworkRole(deps: CommandDeps, input: AssignNetworkRoleInput): Promise<RoleAssignment> {
  const member = signedIn(deps);
  const level = ASSIGNABLE_NETWORK_ROLES[input.role];
  if (!level) throw BadUserInput.field('input.role', 'Choose a municipal contact point, a national coordinator or a TF-THB member');
  if (input.scope.level !== level) throw BadUserInput.field('input.scope.level', `This role is held at the ${level.toLowerCase()} level`);
  const expertId = parseUuid(input.expertId, 'input.expertId');
  return onceById(deps, input.id, expertId, async (uow) => {
    const { em } = uow;
    const scope = await resolveScope(em, input.scope, 'input.scope');
    roleAbilities.authorize(member, 'assignNetwork', { expertId, countryCode: scope.country?.code ?? null });
    const expert = await em.findOne(Expert, expertId);
    if (!expert) throw BadUserInput.field('input.expertId', 'There is no such member');
    if (expert.country.code !== scope.country?.code)
      throw BadUserInput.field('input.expertId', 'Choose a member who works in that country');
    const assignment = await newAssignment(uow, input, expertId);
    assignment.assignedById = member.userId;
    const facts = { role: input.role, country: scope.country?.code ?? null };
    if (input.role === 'MUNICIPAL_CONTACT_POINT') {
      const previousEnded = await appointContactPoint(uow, assignment, expert);
      await audit(em, {
        action: 'CONTACT_POINT_CHANGED',
        actorId: member.userId,
        ...subject(assignment),
        details: { ...facts, previousEnded },
      });
    } else {
      await em.flush();
      await audit(em, { action: 'NETWORK_ROLE_ASSIGNED', actorId: member.userId, ...subject(assignment), details: facts });
    }
    return assignment;
  });
}

/** A member ends one of their chain roles; a coordinator ends a network role of their country. */
export async function endRole(deps: CommandDeps, input: EndRoleInput): Promise<RoleAssignment> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const assignment = await em.findOne(RoleAssignment, parseUuid(input.id, 'input.id'));
    if (!assignment) throw new NotFound('The role');
    const network = ASSIGNABLE_NETWORK_ROLES[assignment.role] !== undefined;
    const facts = { expertId: assignment.expert.id, countryCode: assignment.country?.code ?? null };
    roleAbilities.authorize(member, network ? 'assignNetwork' : 'manageOwn', facts);
    const today = utcToday(uow.now);
    if (roleStatus(assignment, today) === RoleStatus.PAST) throw new Conflict('This role has ended already');
    const endsOn = input.endsOn ?? today;
    if (assignment.startsOn && endsOn < assignment.startsOn) throw BadUserInput.field('input.endsOn', 'A role cannot end before it starts');
    assignment.endsOn = endsOn;
    await em.flush();
    if (network) {
      const details = { role: assignment.role, country: facts.countryCode };
      await audit(em, { action: 'NETWORK_ROLE_ENDED', actorId: member.userId, ...subject(assignment), details });
    }
    return assignment;
  });
}

async function newAssignment(uow: UnitOfWork, input: RoleFieldsInput, expertId: string): Promise<RoleAssignment> {
  const scope = await resolveScope(uow.em, input.scope, 'input.scope');
  const startsOn = input.startsOn ?? utcToday(uow.now);
  const endsOn = input.endsOn ?? null;
  if (endsOn !== null && endsOn < startsOn) throw BadUserInput.field('input.endsOn', 'A role cannot end before it starts');
  const assignment = Object.assign(new RoleAssignment(), { id: input.id.toLowerCase(), role: input.role, startsOn, endsOn });
  assignment.expert = ref(uow.em.getReference(Expert, expertId));
  applyScope(assignment, scope);
  uow.em.persist(assignment);
  return assignment;
}

/** The client's id makes a create safe to retry: the same id for the same person answers with the first result. */
async function onceById(
  deps: CommandDeps,
  rawId: string,
  expertId: string,
  create: (uow: UnitOfWork) => Promise<RoleAssignment>,
): Promise<RoleAssignment> {
  const id = parseUuid(rawId, 'input.id');
  const existing = async () => {
    const found = await deps.em.fork().findOne(RoleAssignment, id);
    if (found && found.expert.id !== expertId) throw new Conflict('This id belongs to another role; add it with a new id');
    return found;
  };
  const before = await existing();
  if (before) return before;
  try {
    return await runCommand(deps, create);
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    const after = await existing();
    if (!after) throw error;
    return after;
  }
}

function subject(assignment: RoleAssignment) {
  return { subjectType: 'expert', subjectId: assignment.expert.id };
}
