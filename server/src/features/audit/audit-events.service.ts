import type { FilterQuery } from '@mikro-orm/core';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import { Member } from '../member/member.type.js';
import { AuditEvent } from './audit-event.entity.js';
import { type AuditEventNode, type AuditFilter, auditSummary } from './audit.types.js';

/**
 * One page of the log by chain order, newest first. Actors are plain ids in the log (an entry must outlive
 * its account), so they are read for the whole page at once: three statements whatever the page size.
 */
export async function findAuditEvents(em: Em, filter: AuditFilter, page: ConnectionArgs): Promise<ConnectionShape<AuditEventNode>> {
  const where: FilterQuery<AuditEvent> = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId.toLowerCase() } : {}),
    ...(filter.from || filter.to
      ? { occurredAt: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } }
      : {}),
  };
  const result = await em.findByCursor(AuditEvent, {
    where,
    first: page.first,
    after: checkCursor(page.after, ['integer']),
    orderBy: { sequence: 'desc' },
  });
  const actorIds = [...new Set(result.items.flatMap((event) => (event.actorId ? [event.actorId] : [])))];
  const actors = actorIds.length
    ? await em.find(User, { id: { $in: actorIds } }, { populate: ['expert', 'country'], strategy: 'joined' })
    : [];
  const byId = new Map(actors.map((user) => [user.id, new Member(user)]));
  return {
    edges: result.items.map((event) => ({
      cursor: result.from(event),
      node: {
        id: event.id,
        occurredAt: event.occurredAt,
        action: event.action,
        actor: event.actorId ? (byId.get(event.actorId) ?? null) : null,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        summary: auditSummary(event),
      },
    })),
    pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
    totalCount: result.totalCount,
  };
}
