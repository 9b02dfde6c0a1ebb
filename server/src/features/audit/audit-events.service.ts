import type { FilterQuery } from '@mikro-orm/core';
import { checkCursor, type ConnectionArgs, type ConnectionShape } from '../../core/connection.js';
import type { Em } from '../../db/orm.js';
import { User } from '../user/user.entity.js';
import { Member } from '../member/member.type.js';
import { AuditEvent } from './audit-event.entity.js';
import { type AuditEventNode, type AuditFilter, type AuditPerson, auditSummary } from './audit.types.js';

export function auditWhere(filter: AuditFilter): FilterQuery<AuditEvent> {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId.toLowerCase() } : {}),
    ...(filter.from || filter.to
      ? { occurredAt: { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) } }
      : {}),
  };
}

/**
 * One page of the log by chain order, newest first. Actors and subjects are plain ids in the log (an entry must
 * outlive its account), so their names are read for the whole page in one statement: three whatever the page size.
 */
export async function findAuditEvents(em: Em, filter: AuditFilter, page: ConnectionArgs): Promise<ConnectionShape<AuditEventNode>> {
  const result = await em.findByCursor(AuditEvent, {
    where: auditWhere(filter),
    first: page.first,
    after: checkCursor(page.after, ['integer']),
    orderBy: { sequence: 'desc' },
  });
  const people = await peopleOf(em, result.items);
  return {
    edges: result.items.map((event) => ({ cursor: result.from(event), node: auditNode(event, people) })),
    pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
    totalCount: result.totalCount,
  };
}

/** The accounts a batch of entries names (actors, and subjects that are members), with their profiles, at once. */
export async function peopleOf(em: Em, events: readonly AuditEvent[]): Promise<Map<string, User>> {
  const ids = [...new Set(events.flatMap((event) => [event.actorId, memberSubject(event)].filter((id) => id !== null)))];
  const users = ids.length ? await em.find(User, { id: { $in: ids } }, { populate: ['expert', 'country'], strategy: 'joined' }) : [];
  return new Map(users.map((user) => [user.id, user]));
}

export function auditNode(event: AuditEvent, people: Map<string, User>): AuditEventNode {
  const actor = event.actorId ? people.get(event.actorId) : undefined;
  const subjectId = memberSubject(event);
  return {
    id: event.id,
    occurredAt: event.occurredAt,
    action: event.action,
    actor: actor && !actor.deletedAt ? new Member(actor) : null,
    actorPerson: event.actorId ? personOf(event.actorId, people) : null,
    subjectPerson: subjectId ? personOf(subjectId, people) : null,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    summary: auditSummary(event),
  };
}

function memberSubject(event: AuditEvent): string | null {
  return event.subjectType === 'user' ? event.subjectId : null;
}

/** A deleted account keeps its id in the log and nothing else: it reads as a former member. */
function personOf(id: string, people: Map<string, User>): AuditPerson {
  const user = people.get(id);
  if (!user || user.deletedAt) return { id, name: null, former: true };
  return { id, name: user.expert?.unwrap().fullName ?? user.email, former: false };
}
