import { isMember } from '../../core/auth.js';
import type { CommandDeps } from '../../core/outbox/unit-of-work.js';
import { Unauthenticated } from '../../core/errors.js';
import type { Em } from '../../db/orm.js';
import { audit } from '../audit/audit.service.js';
import { expertWhere } from '../expert/expert-filter.js';
import type { ExpertFilter } from '../expert/expert.inputs.js';
import { hashToken, newToken } from '../session/session-token.js';
import { ExportTicket } from './export-ticket.entity.js';
import type { ExpertExport } from './export.types.js';

/** Long enough for the browser to follow the link, short enough that a leaked link is useless. */
export const EXPORT_TICKET_TTL_MS = 60_000;

/** A random 256-bit token is 43 base64url characters; anything else is not one of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Issues a single-use link to the expert directory under `filter` as CSV. The filter is checked now (the same
 * conditions the list builds), so a bad one fails here and not as a broken download; the ticket and its audit
 * entry commit together.
 */
export async function startExpertExport(
  deps: CommandDeps,
  filter: ExpertFilter | null | undefined,
  now = new Date(),
): Promise<ExpertExport> {
  const viewer = deps.actor;
  if (!isMember(viewer)) throw new Unauthenticated();
  expertWhere(filter);
  const stored = storedFilter(filter);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + EXPORT_TICKET_TTL_MS);
  await deps.em.transactional(async (em) => {
    // Spent and expired tickets are useless, but their filters may hold search words: keep none of them around.
    await em.nativeDelete(ExportTicket, { expiresAt: { $lt: now } });
    em.create(ExportTicket, { tokenHash: hashToken(token), user: viewer.userId, filter: stored, expiresAt, createdAt: now });
    await audit(em, {
      action: 'EXPERTS_EXPORTED',
      actorId: viewer.userId,
      subjectType: 'expert-directory',
      details: auditDetails(stored),
    });
  });
  return { url: `/export/experts/${token}.csv`, expiresAt };
}

/**
 * Spends a ticket of this user: one statement, so two requests racing for the same link cannot both win.
 * Returns the filter it was issued for, or null for an unknown, expired, used or someone else's ticket;
 * someone else's stays unspent, so a leaked link opened by another member does not burn it for its owner.
 */
export async function consumeExportTicket(em: Em, token: string, userId: string): Promise<ExpertFilter | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const rows = await em.getConnection().execute<{ filter: unknown }[]>(
    `update export_ticket set used_at = now()
     where token_hash = ? and user_id = ? and used_at is null and expires_at > now() returning filter`,
    [hashToken(token), userId],
  );
  const stored: unknown = typeof rows[0]?.filter === 'string' ? JSON.parse(rows[0].filter) : rows[0]?.filter;
  return isFilter(stored) ? stored : null;
}

/** We wrote it, from a validated ExpertFilter; a row that is not an object is not one of ours. */
function isFilter(value: unknown): value is ExpertFilter {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The given conditions only, as plain JSON. */
function storedFilter(filter: ExpertFilter | null | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, value]) => value !== undefined && value !== null));
}

/** The conditions, but never the search words: they may be a person's name. */
function auditDetails(filter: Record<string, unknown>): Record<string, string | boolean> {
  const details: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'text') details.textSearch = true;
    else if (typeof value === 'string' || typeof value === 'boolean') details[key] = value;
  }
  return details;
}
