import { normalisePhone } from '@strom/shared';
import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { guardTexts } from '../guardrail/guard-texts.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { Organisation } from './organisation.entity.js';
import type { ServiceContactInput, UpdateOrganisationInput } from './organisation.inputs.js';
import { organisationAbilities } from './organisation.policy.js';
import { applyScope, resolveScope } from '../scope/scope.inputs.js';
import { lockedOrganisation, signedIn } from './organisation-creation.commands.js';

/**
 * One transaction: the change and its feed entry are stored together or not at all; the event goes out through the
 * outbox. An edit that changes nothing records and announces nothing.
 */
export async function updateOrganisation(deps: CommandDeps, input: UpdateOrganisationInput): Promise<Organisation> {
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await em.findOne(Organisation, { id: parseUuid(input.id, 'input.id') }, { populate: ['services'] });
    if (!organisation) throw new NotFound('The organisation');
    organisationAbilities.authorize(deps.actor, 'edit', organisation);
    if (organisation.status === 'CLOSED' || organisation.status === 'MERGED') throw new Conflict('This organisation is closed');
    if (organisation.version !== input.expectedVersion) {
      throw new Conflict('Someone else changed this organisation since you opened it; reload and try again');
    }
    // The description is free text and passes the victim-data guardrail when this edit changes it.
    const description = input.description !== undefined && input.description !== organisation.description ? input.description : null;
    await guardTexts(uow, deps.actor, [{ field: 'description', text: description }], input.confirmations, {
      type: 'organisation',
      id: organisation.id,
    });
    const before = editable(organisation);
    const countryBefore = organisation.country?.unwrap().code ?? null;
    applyChanges(organisation, input);
    applyServiceContacts(organisation, input.services ?? []);
    if (input.scope) applyScope(organisation, await resolveScope(em, input.scope, 'input.scope'));
    // Moving it to another country (or region-wide) is for whoever steers where it goes.
    if ((organisation.country?.unwrap().code ?? null) !== countryBefore)
      organisationAbilities.authorize(deps.actor, 'approve', organisation);
    if (editable(organisation) === before) return organisation;
    // A service's hotline lives in its own row: the organisation's version moves with it, so a stale form conflicts.
    organisation.updatedAt = new Date();
    // An edit is a confirmation that the record is true.
    organisation.lastConfirmedAt = uow.now;
    const activity = recordActivity(em, { kind: 'ORGANISATION_UPDATED', organisation });
    uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
    return organisation;
  });
}

function applyChanges(organisation: Organisation, input: UpdateOrganisationInput): void {
  if (input.name === null) throw BadUserInput.field('name', 'Enter the name of the organisation');
  if (input.name !== undefined) organisation.name = input.name.trim();
  if (input.acronym !== undefined) organisation.acronym = input.acronym?.trim() || null;
  if (input.description !== undefined) organisation.description = input.description?.trim() || null;
  if (input.website !== undefined) organisation.website = input.website?.trim() || null;
  if (input.phone !== undefined) organisation.phone = phoneOrNull(input.phone);
  if (input.email !== undefined) organisation.email = input.email?.trim() || null;
  if (input.type) organisation.type = input.type;
  if (typeof input.publiclyListed === 'boolean') organisation.publiclyListed = input.publiclyListed;
}

function applyServiceContacts(organisation: Organisation, changes: ServiceContactInput[]): void {
  changes.forEach((change, index) => {
    const service = organisation.services.find((s) => s.id === change.id.toLowerCase());
    if (!service) throw BadUserInput.field(`services.${index}.id`, 'This service is not one of the organisation’s');
    if (change.hotline !== undefined) service.hotline = phoneOrNull(change.hotline);
  });
}

// Validated by the input already; normalised here so "+371 6700 0000" and "00371 67000000" store the same.
function phoneOrNull(value: string | null | undefined): string | null {
  return value ? normalisePhone(value) : null;
}

/** Everything the form edits, to tell a real change from a repeated save. */
function editable(organisation: Organisation): string {
  const { name, acronym, description, website, phone, email, type, publiclyListed, level } = organisation;
  const place = [organisation.country?.unwrap().code ?? null, organisation.municipality?.unwrap().id ?? null];
  const hotlines = organisation.services.getItems().map((s) => [s.id, s.hotline]);
  return JSON.stringify([name, acronym, description, website, phone, email, type, publiclyListed, level, place, hotlines]);
}

/** Its editors say the record is still true: "last confirmed" moves to now, and the yearly reminder starts again. */
export async function confirmOrganisation(deps: CommandDeps, id: string): Promise<Organisation> {
  const member = signedIn(deps);
  return runCommand(deps, async (uow) => {
    const organisation = await lockedOrganisation(uow.em, id);
    organisationAbilities.authorize(member, 'confirm', organisation);
    if (organisation.status !== 'ACTIVE') throw new Conflict('Only an active organisation can be confirmed');
    organisation.lastConfirmedAt = uow.now;
    organisation.confirmationRemindedAt = null;
    return organisation;
  });
}
