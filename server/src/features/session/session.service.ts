import { isMember, type MemberViewer } from '../../core/auth.js';
import type { Context } from '../../core/context.js';
import { NotFound, Unauthenticated } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { clearedSessionCookieHeader, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-cookie.js';
import type { Em } from '../../db/orm.js';
import { User } from '../account/user.entity.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from './session-token.js';

/** lastSeenAt is written at most this often, so reading pages does not turn into a write per request. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

export function openSession(em: Em, user: User, userAgent: string | null): { token: string; session: Session } {
  const token = newToken();
  const now = new Date();
  const session = em.create(Session, {
    user,
    tokenHash: hashToken(token),
    userAgent: userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
  });
  return { token, session };
}

/** The member a session token belongs to, if the session is live and the account active; null otherwise. */
export async function viewerForToken(em: Em, token: string, now = new Date()): Promise<MemberViewer | null> {
  // One statement: the session, its user and the organisations the user may edit.
  const session = await em.findOne(
    Session,
    { tokenHash: hashToken(token), revokedAt: null },
    { populate: ['user', 'user.editorOf'], strategy: 'joined' },
  );
  if (!session) return null;
  const user = session.user.getEntity();
  const idleSince = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleSince > SESSION_IDLE_MS || user.status !== 'ACTIVE') return null;
  if (idleSince > LAST_SEEN_GRANULARITY_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return memberViewer(user, session.id);
}

export function memberViewer(user: User, sessionId: string): MemberViewer {
  return {
    kind: 'member',
    userId: user.id,
    sessionId,
    networkRole: user.networkRole,
    countryCode: user.country.unwrap().code,
    coordinatorOf: user.networkRole === 'COORDINATOR' ? user.coordinatorOf : [],
    expertId: user.expert?.id ?? null,
    totpEnabled: user.totpEnabled,
    editorOf: user.editorOf.isInitialized() ? user.editorOf.getIdentifiers<string>() : [],
  };
}

/** Revokes sessions and returns their ids, so the caller can close their sockets too. */
export async function revokeSessions(em: Em, where: { userId: string; sessionId?: string; exceptSessionId?: string }): Promise<string[]> {
  const sessions = await em.find(Session, {
    user: where.userId,
    revokedAt: null,
    ...(where.sessionId ? { id: where.sessionId } : {}),
    ...(where.exceptSessionId ? { id: { $ne: where.exceptSessionId } } : {}),
  });
  const now = new Date();
  for (const session of sessions) session.revokedAt = now;
  return sessions.map((s) => s.id);
}

export function liveSessions(em: Em, userId: string): Promise<Session[]> {
  const idleLimit = new Date(Date.now() - SESSION_IDLE_MS);
  return em.find(
    Session,
    { user: userId, revokedAt: null, expiresAt: { $gt: new Date() }, lastSeenAt: { $gt: idleLimit } },
    { orderBy: { lastSeenAt: 'desc' } },
  );
}

/**
 * Only the member's own sessions can be found this way: someone else's id is NOT_FOUND, exactly like an
 * unknown one, so ids cannot be probed.
 */
export async function revokeOwnSession(ctx: Context, sessionId: string): Promise<void> {
  if (!isMember(ctx.viewer)) throw new Unauthenticated();
  const { userId } = ctx.viewer;
  const current = sessionId === ctx.viewer.sessionId;
  const revoked = await ctx.em.transactional(async (em) => {
    const ids = await revokeSessions(em, { userId, sessionId });
    if (ids.length === 0) throw new NotFound('The session');
    // The session id itself stays out of the log: it would help whoever reads the log to hijack it.
    await audit(em, { action: 'SESSION_REVOKED', actorId: userId, subjectType: 'user', subjectId: userId, details: { current } });
    return ids;
  });
  ctx.events.publish('SESSIONS_REVOKED', { sessionIds: revoked });
  // Ending the session this browser uses is signing out: the cookie goes too.
  if (current) ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
}
