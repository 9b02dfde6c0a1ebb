import type { MemberViewer } from '../../core/auth.js';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-cookie.js';
import type { Em } from '../../db/orm.js';
import { prepared } from '../../db/prepared-statements.js';
import { readRows } from '../../core/sql.js';
import { User } from '../user/user.entity.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from './session-token.js';

/** lastSeenAt is written at most this often, so reading pages does not turn into a write per request. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

/** A session just opened: what the transport hands the browser (over HTTP, a cookie). */
export interface NewSession {
  token: string;
  expiresAt: Date;
}

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

/** The account columns a viewer is made of (selected as SESSION_VIEWER_SQL names them). */
export interface ViewerColumns {
  user_id: string;
  network_role: User['networkRole'];
  country_code: string;
  coordinator_of: string[];
  expert_id: string | null;
  /** Where the member's profile says they work (see MemberViewer.municipalityId). */
  municipality_id: string | null;
  totp_enabled: boolean;
  editor_of: string[];
}

/** The columns of a live session's member that make up a viewer. */
interface SessionViewerRow extends ViewerColumns {
  session_id: string;
  email: string;
  expert_name: string | null;
  expires_ms: number;
  last_seen_ms: number;
  status: User['status'];
}

/** A member as a viewer, from their account's columns; `sessionId` is the session they act in. */
export function viewerFromColumns(row: ViewerColumns, sessionId: string): MemberViewer {
  return {
    kind: 'member',
    userId: row.user_id,
    sessionId,
    networkRole: row.network_role,
    countryCode: row.country_code.trim(),
    coordinatorOf: row.network_role === 'COORDINATOR' ? row.coordinator_of : [],
    expertId: row.expert_id,
    municipalityId: row.municipality_id,
    totpEnabled: row.totp_enabled,
    editorOf: row.editor_of,
  };
}

/**
 * Every signed-in request starts here, so it is one hand-written statement (the session, its user and the
 * organisations the user edits) mapped straight to a viewer: building it through the ORM's query builder and
 * hydrating three entity types cost more CPU than the rest of a small query (bench S1).
 */
const SESSION_VIEWER_SQL = prepared(`select s.id as session_id,
    (extract(epoch from s.expires_at) * 1000)::float8 as expires_ms,
    (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms,
    u.id as user_id, u.email, u.status, u.network_role, u.country_code, u.coordinator_of, u.expert_id, u.totp_enabled,
    array(select e.organisation_id::text from organisation_editor e where e.user_id = u.id order by 1) as editor_of,
    x.municipality_id, x.full_name as expert_name
  from session s join app_user u on u.id = s.user_id left join expert x on x.id = u.expert_id
  where s.token_hash = $1 and s.revoked_at is null`);

/** The member a session token belongs to, if the session is live and the account active; null otherwise. */
export async function viewerForToken(em: Em, token: string, now = new Date()): Promise<MemberViewer | null> {
  const [row] = await readRows<SessionViewerRow>(em, SESSION_VIEWER_SQL, [hashToken(token)]);
  if (!row) return null;
  const idleSince = now.getTime() - row.last_seen_ms;
  if (row.expires_ms <= now.getTime() || idleSince > SESSION_IDLE_MS || row.status !== 'ACTIVE') return null;
  const touched = idleSince > LAST_SEEN_GRANULARITY_MS;
  if (touched) await em.nativeUpdate(Session, { id: row.session_id }, { lastSeenAt: now });
  return {
    ...viewerFromColumns(row, row.session_id),
    email: row.email,
    expertName: row.expert_name,
    sessionEndsAt: Math.min(row.expires_ms, (touched ? now.getTime() : row.last_seen_ms) + SESSION_IDLE_MS),
  };
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
    // Loaded by sign-in with the user; an unloaded profile leaves it null until the next request reads the session.
    municipalityId: user.expert?.unwrap().municipality?.id ?? null,
    totpEnabled: user.totpEnabled,
    editorOf: user.editorOf.isInitialized() ? user.editorOf.getIdentifiers<string>() : [],
    email: user.email,
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
