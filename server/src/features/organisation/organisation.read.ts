import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Viewer } from '../../core/auth.js';
import { parseUuid } from '../../core/ids.js';
import type { Em } from '../../db/orm.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationFilter } from './organisation.inputs.js';
import { organisationAbilities } from './organisation.policy.js';
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
