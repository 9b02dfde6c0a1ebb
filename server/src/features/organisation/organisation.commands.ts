import { runCommand } from '../../core/outbox/run-command.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { Organisation } from './organisation.entity.js';
import type { UpdateOrganisationInput } from './organisation.inputs.js';
import { organisationAbilities } from './organisation.policy.js';

/**
 * One transaction: the change and its feed entry are stored together or not at all; the event goes out through the
 * outbox. An edit that changes nothing records and announces nothing.
 */
export async function updateOrganisation(deps: CommandDeps, input: UpdateOrganisationInput): Promise<Organisation> {
  return runCommand(deps, async (uow) => {
    const { em } = uow;
    const organisation = await em.findOne(Organisation, { id: parseUuid(input.id, 'input.id') });
    if (!organisation) throw new NotFound('The organisation');
    organisationAbilities.authorize(deps.actor, 'edit', organisation);
    if (organisation.version !== input.expectedVersion) {
      throw new Conflict('Someone else changed this organisation since you opened it; reload and try again');
    }
    if (!applyChanges(organisation, input)) return organisation;
    const activity = recordActivity(em, { kind: 'ORGANISATION_UPDATED', organisation });
    uow.publish('NETWORK_ACTIVITY', activityEvent(activity));
    return organisation;
  });
}

/** Applies the given fields; true when any of them differs from what was stored. */
function applyChanges(organisation: Organisation, input: UpdateOrganisationInput): boolean {
  if (input.name === null) throw BadUserInput.field('input.name', 'name cannot be empty');
  const before = editable(organisation);
  if (input.name !== undefined) organisation.name = input.name.trim();
  if (input.acronym !== undefined) organisation.acronym = input.acronym?.trim() || null;
  if (input.description !== undefined) organisation.description = input.description?.trim() || null;
  if (input.website !== undefined) organisation.website = input.website?.trim() || null;
  return editable(organisation) !== before;
}

function editable({ name, acronym, description, website }: Organisation): string {
  return JSON.stringify([name, acronym, description, website]);
}
