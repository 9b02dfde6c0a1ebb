import type { FilterQuery } from '@mikro-orm/core';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import { parseCountryCode } from '../../core/ids.js';
import { normaliseSearchText } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import type { MemberFilter } from './member.inputs.js';
import { Member } from './member.type.js';

/** One page of members by email. Expert and country are joined into the page query: no statement per row. */
export async function findMembers(em: Em, filter: MemberFilter | null | undefined, page: ConnectionArgs): Promise<ConnectionShape<Member>> {
  const result = await em.findByCursor(User, {
    where: memberWhere(filter ?? {}),
    first: page.first,
    after: checkCursor(page.after, ['text', 'uuid']),
    orderBy: { email: 'asc', id: 'asc' },
    populate: ['expert', 'country'],
    strategy: 'joined',
  });
  return {
    edges: result.items.map((user) => ({ cursor: result.from(user), node: new Member(user) })),
    pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
    totalCount: result.totalCount,
  };
}

function memberWhere(filter: MemberFilter): FilterQuery<User> {
  const text = normaliseSearchText(filter.text);
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const conditions: FilterQuery<User>[] = [
    // A deleted account is no longer a member: it stays only as the id its audit entries refer to.
    { deletedAt: null },
    filter.countryCode ? { country: parseCountryCode(filter.countryCode, 'filter.countryCode') } : {},
    filter.status ? { status: filter.status } : {},
    pattern ? { $or: [{ email: { $ilike: pattern } }, { expert: { fullName: { $ilike: pattern } } }] } : {},
  ];
  return { $and: conditions.filter((c) => Object.keys(c).length > 0) };
}
