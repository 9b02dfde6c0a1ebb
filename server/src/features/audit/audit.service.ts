import { createHash } from 'node:crypto';
import type { AuditAction } from '@strom/shared';
import type { Em } from '../../db/orm.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Ids and facts only: never passwords, tokens, session ids or contact details. */
  details?: Record<string, string | number | boolean | null>;
}

const GENESIS = '0'.repeat(64);

/**
 * Appends an entry to the hash chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises writers, so two processes never chain onto the same previous entry.
 */
export async function audit(em: Em, entry: AuditEntry): Promise<AuditEvent> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('audit_event'))`);
  const [last] = await em.find(AuditEvent, {}, { orderBy: { sequence: 'desc' }, limit: 1, fields: ['sequence', 'hash'] });
  const event = em.create(AuditEvent, {
    sequence: (last?.sequence ?? 0) + 1,
    occurredAt: new Date(),
    action: entry.action,
    actorId: entry.actorId ?? null,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
    previousHash: last?.hash ?? GENESIS,
    hash: '',
  });
  event.hash = chainHash(event);
  await em.flush();
  return event;
}

export function chainHash(
  event: Pick<AuditEvent, 'sequence' | 'occurredAt' | 'action' | 'actorId' | 'subjectType' | 'subjectId' | 'details' | 'previousHash'>,
): string {
  const content = JSON.stringify([
    Number(event.sequence),
    event.occurredAt.toISOString(),
    event.action,
    event.actorId,
    event.subjectType,
    event.subjectId,
    Object.entries(event.details).sort(([a], [b]) => (a < b ? -1 : 1)),
    event.previousHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

/** Walks the whole chain; returns the sequence of the first broken link, or null when it is intact. */
export async function findBrokenLink(em: Em): Promise<number | null> {
  const events = await em.find(AuditEvent, {}, { orderBy: { sequence: 'asc' } });
  let previous = GENESIS;
  for (const event of events) {
    if (event.previousHash !== previous || chainHash(event) !== event.hash) return Number(event.sequence);
    previous = event.hash;
  }
  return null;
}
