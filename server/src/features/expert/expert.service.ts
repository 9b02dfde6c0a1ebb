import type { FilterQuery } from '@mikro-orm/core';
import { checkCursor, toConnection, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { expertMatches, normaliseSearchText } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { Expert } from './expert.entity.js';
import type { ExpertFilter } from './expert.inputs.js';

/**
 * One page of the expert directory. Organisation, municipality and country are joined into the
 * page query; roles arrive through the ORM dataloader: a page costs the same statements at 5 or 50 rows.
 */
export async function findExperts(em: Em, filter: ExpertFilter | null | undefined, page: ConnectionArgs): Promise<ConnectionShape<Expert>> {
  const result = await em.findByCursor(Expert, {
    where: expertWhere(filter ?? {}),
    first: page.first,
    after: checkCursor(page.after, 2),
    orderBy: { fullName: 'asc', id: 'asc' },
    populate: ['organisation', 'municipality', 'country'],
    strategy: 'joined',
  });
  return toConnection(result);
}

export function findExpert(em: Em, id: string): Promise<Expert | null> {
  return em.findOne(Expert, { id: parseUuid(id, 'id') });
}

function expertWhere(filter: ExpertFilter): FilterQuery<Expert> {
  const text = normaliseSearchText(filter.text);
  const conditions: FilterQuery<Expert>[] = [
    filter.countryCode ? { country: parseCountryCode(filter.countryCode, 'filter.countryCode') } : {},
    filter.municipalityId ? { municipality: filter.municipalityId.toLowerCase() } : {},
    filter.organisationId ? { organisation: filter.organisationId.toLowerCase() } : {},
    filter.level ? { organisation: { level: filter.level } } : {},
    filter.organisationType ? { organisation: { type: filter.organisationType } } : {},
    filter.service ? { organisation: { services: { $some: { kind: filter.service } } } } : {},
    filter.role ? { roles: { $some: { role: filter.role } } } : {},
    filter.formOfExploitation ? { formsOfExploitation: { $contains: [filter.formOfExploitation] } } : {},
    filter.language ? { languages: { $contains: [filter.language] } } : {},
    text ? { [expertMatches(text)]: [] } : {},
  ];
  return { $and: conditions.filter((c) => Reflect.ownKeys(c as object).length > 0) };
}
