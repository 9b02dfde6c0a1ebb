import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { BadUserInput, Conflict, NotFound } from '../../core/errors.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs.js';
import { organisationAbilities } from './organisation.policy.js';
import type { Viewer } from '../../core/auth.js';
import { organisationWhere } from './organisation-filter.js';

export async function findOrganisations(
  em: Em,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  page: ConnectionArgs,
): Promise<ConnectionShape<Organisation>> {
  const where = organisationWhere(viewer, filter);
  // Counted apart from the page, without its joins (see findExperts).
  const [result, totalCount] = await Promise.all([
    em.findByCursor(Organisation, {
      where,
      first: page.first,
      after: checkCursor(page.after, ['text', 'uuid']),
      orderBy: { name: 'asc', id: 'asc' },
      populate: ['municipality', 'country'],
      strategy: 'joined',
      includeCount: false,
    }),
    em.count(Organisation, where),
  ]);
  return toConnection(result, totalCount);
}

export async function findOrganisation(em: Em, viewer: Viewer, id: string): Promise<Organisation | null> {
  const organisation = await em.findOne(Organisation, { id: parseUuid(id, 'id') });
  return organisation && organisationAbilities.can(viewer, 'see', organisation) ? organisation : null;
}

/**
 * One transaction: the change and its feed entry are stored together or not at all; the event goes out through the
 * outbox. An edit that changes nothing records and announces nothing.
 */
export async function updateOrganisation(ctx: Context, input: UpdateOrganisationInput): Promise<Organisation> {
  return runCommand(commandDeps(ctx), async (uow) => {
    const { em } = uow;
    const organisation = await em.findOne(Organisation, { id: parseUuid(input.id, 'input.id') });
    if (!organisation) throw new NotFound('The organisation');
    organisationAbilities.authorize(ctx.viewer, 'edit', organisation);
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
