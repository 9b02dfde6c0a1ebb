import { normalisePhone } from '@strom/shared';
import type { MemberViewer } from '../../core/auth.js';
import { Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps, UnitOfWork } from '../../core/outbox/unit-of-work.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { signedIn } from './organisation-creation.commands.js';
import type { AddServiceInput, RemoveServiceInput, ServiceFieldsInput, UpdateServiceInput } from './organisation-service.inputs.js';
import { OrganisationService } from './organisation-service.entity.js';
import { Organisation } from './organisation.entity.js';
import { organisationAbilities } from './organisation.policy.js';

/**
 * Services are edited one at a time, each in one transaction that also moves the organisation's version (a form
 * opened before another editor's change conflicts) and its "last confirmed" (an edit confirms the record).
 * Each answers with the organisation, so the client's cache gets the new list and version at once.
 */
export async function addService(deps: CommandDeps, input: AddServiceInput): Promise<Organisation> {
  const id = parseUuid(input.id, 'input.id');
  return editServices(deps, input.organisationId, 'input.organisationId', async (uow, organisation, member) => {
    const existing = organisation.services.find((service) => service.id === id);
    if (existing) return false;
    if ((await uow.em.count(OrganisationService, id)) > 0) throw new Conflict('This id belongs to another service; add it with a new id');
    checkVersion(organisation, input.expectedVersion);
    const service = uow.em.create(OrganisationService, { id, organisation, kind: input.kind });
    await applyFields(uow, member, service, input);
    organisation.services.add(service);
    const activity = recordActivity(uow.em, { kind: 'SERVICE_ADDED', organisation });
    uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
    return true;
  });
}

export async function updateService(deps: CommandDeps, input: UpdateServiceInput): Promise<Organisation> {
  const id = parseUuid(input.id, 'input.id');
  const organisationId = await organisationOf(deps, id);
  return editServices(deps, organisationId, 'input.id', async (uow, organisation, member) => {
    checkVersion(organisation, input.expectedVersion);
    const service = organisation.services.find((s) => s.id === id);
    if (!service) throw new NotFound('The service');
    await applyFields(uow, member, service, input);
    return true;
  });
}

export async function removeService(deps: CommandDeps, input: RemoveServiceInput): Promise<Organisation> {
  const id = parseUuid(input.id, 'input.id');
  const organisationId = await organisationOf(deps, id);
  return editServices(deps, organisationId, 'input.id', async (uow, organisation) => {
    checkVersion(organisation, input.expectedVersion);
    const service = organisation.services.find((s) => s.id === id);
    if (!service) throw new NotFound('The service');
    organisation.services.remove(service);
    uow.em.remove(service);
    return true;
  });
}

async function organisationOf(deps: CommandDeps, serviceId: string): Promise<string> {
  const [row] = await deps.em
    .fork()
    .execute<{ organisation_id: string }[]>(`select organisation_id from organisation_service where id = ?`, [serviceId]);
  if (!row) throw new NotFound('The service');
  return row.organisation_id;
}

async function editServices(
  deps: CommandDeps,
  organisationId: string,
  field: string,
  change: (uow: UnitOfWork, organisation: Organisation, member: MemberViewer) => Promise<boolean>,
): Promise<Organisation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const organisation = await uow.em.findOne(Organisation, parseUuid(organisationId, field), { populate: ['services'] });
    if (!organisation) throw new NotFound('The organisation');
    organisationAbilities.authorize(deps.actor, 'edit', organisation);
    if (organisation.status === 'CLOSED' || organisation.status === 'MERGED') throw new Conflict('This organisation is closed');
    if (await change(uow, organisation, member)) {
      organisation.updatedAt = uow.now;
      organisation.lastConfirmedAt = uow.now;
    }
    await uow.em.flush();
    return organisation;
  });
}

function checkVersion(organisation: Organisation, expected: number): void {
  if (organisation.version !== expected) {
    throw new Conflict('Someone else changed this organisation since you opened it; reload and try again');
  }
}

async function applyFields(uow: UnitOfWork, author: MemberViewer, service: OrganisationService, input: ServiceFieldsInput): Promise<void> {
  const texts = [
    { field: 'description', text: input.description },
    { field: 'address', text: input.address },
  ];
  await guardTexts(uow, author, texts, input.confirmations, { type: 'organisation', id: service.organisation.id });
  service.kind = input.kind;
  service.capacity = input.capacity ?? null;
  service.targetGroups = [...new Set(input.targetGroups)];
  service.languages = [...new Set(input.languages)];
  service.available24x7 = input.available24x7;
  service.formsOfExploitation = [...new Set(input.formsOfExploitation)];
  service.description = input.description?.trim() || null;
  service.hotline = input.hotline ? normalisePhone(input.hotline) : null;
  service.address = input.address?.trim() || null;
}
