import { sessionCookieName, readCookie } from './session-cookie.js';
import { viewerForToken } from './session.service.js';
import { ANONYMOUS, type Viewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';

/** The viewer behind a Cookie header: HTTP requests and WebSocket upgrades both come through here. */
export async function resolveViewer(services: AppServices, cookieHeader: string | undefined): Promise<Viewer> {
  const token = readCookie(cookieHeader, sessionCookieName(services.config));
  if (!token) return ANONYMOUS;
  return (await viewerForToken(services.orm.em.fork(), token)) ?? ANONYMOUS;
}
