import type { FilterQuery } from '@mikro-orm/core';
import { isMember } from '../../core/auth.js';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { runCommand } from '../../core/outbox/run-command.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { parseCountryCode, parseUuid } from '../../core/ids.js';
import { normaliseSearchText } from '../../core/text-search.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import { audit } from '../audit/audit.service.js';
import { revokeSessions } from '../session/session.service.js';
import type { MemberFilter } from './member.inputs.js';
import { memberAbilities } from './member.policy.js';
import { Member } from './member.type.js';

/** One page of members by email. Expert and country are joined into the page query: no statement per row. */
export async function findMembers(em: Em, filter: MemberFilter | null | undefined, page: ConnectionArgs): Promise<ConnectionShape<Member>> {
  const result = await em.findByCursor(User, {
    where: memberWhere(filter ?? {}),
    first: page.first,
    after: checkCursor(page.after, 2),
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

/**
 * Suspension ends every session of the member at once: the sessions are revoked in the transaction,
 * and their sockets (on every process) close when its event, recorded in the outbox, goes out after the commit.
 */
export async function suspendMember(ctx: Context, id: string): Promise<Member> {
  const actorId = actingAdmin(ctx);
  const outcome = await runCommand(commandDeps(ctx), async (uow) => {
    const { em } = uow;
    const user = await findAccount(em, id);
    memberAbilities.authorize(ctx.viewer, 'suspend', user);
    const wasSuspended = user.status === 'SUSPENDED';
    user.status = 'SUSPENDED';
    const revoked = await revokeSessions(em, { userId: user.id });
    // Suspending twice changes nothing, so it is recorded once.
    if (!wasSuspended) {
      await audit(em, {
        action: 'MEMBER_SUSPENDED',
        actorId,
        subjectType: 'user',
        subjectId: user.id,
        details: { sessionsRevoked: revoked.length },
      });
    }
    if (revoked.length > 0) uow.publish('SESSIONS_REVOKED', { sessionIds: revoked });
    return { user, revoked };
  });
  return new Member(outcome.user);
}

export async function reactivateMember(ctx: Context, id: string): Promise<Member> {
  const actorId = actingAdmin(ctx);
  const account = await ctx.em.transactional(async (em) => {
    const user = await findAccount(em, id);
    if (user.status !== 'SUSPENDED') return user;
    // Someone suspended before accepting their invitation has no password yet: they go back to waiting.
    user.status = user.passwordHash ? 'ACTIVE' : 'INVITED';
    await audit(em, { action: 'MEMBER_REACTIVATED', actorId, subjectType: 'user', subjectId: user.id });
    return user;
  });
  return new Member(account);
}

function actingAdmin(ctx: Context): string {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  return ctx.viewer.userId;
}

/** Deleted accounts cannot be suspended or brought back: their personal data is gone. */
async function findAccount(em: Em, id: string): Promise<User> {
  const user = await em.findOne(User, { id: parseUuid(id, 'id'), deletedAt: null }, { populate: ['expert', 'country'] });
  if (!user) throw new NotFound('The member');
  return user;
}
