import type { FilterQuery } from '@mikro-orm/core';
import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { BadUserInput, Conflict, Forbidden, NotFound } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { normaliseSearchText, organisationMatches } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { activityEvent, recordActivity } from '../network-activity/network-activity.service.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationFilter, UpdateOrganisationInput } from './organisation.inputs.js';
import { canEditOrganisation, canSeeOrganisation } from './organisation.policy.js';
import { isMember, type Viewer } from '../../core/auth.js';

export async function findOrganisations(
  em: Em,
  viewer: Viewer,
  filter: OrganisationFilter | null | undefined,
  page: ConnectionArgs,
): Promise<ConnectionShape<Organisation>> {
  const result = await em.findByCursor(Organisation, {
    where: { $and: [organisationWhere(filter ?? {}), isMember(viewer) ? {} : { publiclyListed: true }] },
    first: page.first,
    after: checkCursor(page.after, 2),
    orderBy: { name: 'asc', id: 'asc' },
    populate: ['municipality', 'country'],
    strategy: 'joined',
  });
  return toConnection(result);
}

export async function findOrganisation(em: Em, viewer: Viewer, id: string): Promise<Organisation | null> {
  const organisation = await em.findOne(Organisation, { id: parseUuid(id, 'id') });
  return organisation && canSeeOrganisation(viewer, organisation) ? organisation : null;
}

/** One transaction: the change and its feed entry are stored together or not at all; the event goes out after commit. */
export async function updateOrganisation(ctx: Context, input: UpdateOrganisationInput): Promise<Organisation> {
  const { organisation, event } = await ctx.em.transactional(async (em) => {
    const organisation = await em.findOne(Organisation, { id: parseUuid(input.id, 'input.id') });
    if (!organisation) throw new NotFound('The organisation');
    if (!canEditOrganisation(ctx.viewer, organisation)) throw new Forbidden('You may not edit this organisation');
    if (organisation.version !== input.expectedVersion) {
      throw new Conflict('Someone else changed this organisation since you opened it; reload and try again');
    }
    applyChanges(organisation, input);
    const activity = recordActivity(em, { kind: 'ORGANISATION_UPDATED', organisation });
    return { organisation, event: activityEvent(activity, organisation) };
  });
  ctx.events.publish('NETWORK_ACTIVITY', event);
  return organisation;
}

function applyChanges(organisation: Organisation, input: UpdateOrganisationInput): void {
  if (input.name === null) throw BadUserInput.field('input.name', 'name cannot be empty');
  if (input.name !== undefined) organisation.name = input.name.trim();
  if (input.acronym !== undefined) organisation.acronym = input.acronym?.trim() || null;
  if (input.description !== undefined) organisation.description = input.description?.trim() || null;
  if (input.website !== undefined) organisation.website = input.website?.trim() || null;
}

function organisationWhere(filter: OrganisationFilter): FilterQuery<Organisation> {
  const text = normaliseSearchText(filter.text);
  const service = {
    ...(filter.service ? { kind: filter.service } : {}),
    ...(filter.targetGroup ? { targetGroups: { $contains: [filter.targetGroup] } } : {}),
    ...(filter.language ? { languages: { $contains: [filter.language] } } : {}),
  };
  const conditions: FilterQuery<Organisation>[] = [
    filter.countryCode ? { country: parseCountryCode(filter.countryCode, 'filter.countryCode') } : {},
    filter.municipalityId ? { municipality: filter.municipalityId.toLowerCase() } : {},
    filter.level ? { level: filter.level } : {},
    filter.type ? { type: filter.type } : {},
    Object.keys(service).length > 0 ? { services: { $some: service } } : {},
    text ? { [organisationMatches(text)]: [] } : {},
  ];
  return { $and: conditions.filter((c) => Reflect.ownKeys(c as object).length > 0) };
}
