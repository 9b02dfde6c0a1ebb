import { sessionCookieName, readCookie } from './session-cookie.js';
import { viewerForToken } from './session.service.js';
import { ANONYMOUS, type Viewer } from '../../core/auth.js';
import type { AppServices } from '../../core/context.js';
import type { Em } from '../../db/orm.js';

/**
 * The viewer behind a Cookie header: HTTP requests and WebSocket upgrades both come through here. `em` lets an
 * HTTP request look the session up on the fork its operation will use (the lookup loads no entity into it).
 */
export async function resolveViewer(services: AppServices, cookieHeader: string | undefined, em?: () => Em): Promise<Viewer> {
  const token = readCookie(cookieHeader, cookieName(services.config));
  if (!token) return ANONYMOUS;
  return (await viewerForToken(em ? em() : services.orm.em.fork(), token)) ?? ANONYMOUS;
}

/** The cookie's name follows from the configured URL alone: parsed once per configuration, not per request. */
const cookieNames = new WeakMap<AppServices['config'], string>();

function cookieName(config: AppServices['config']): string {
  let name = cookieNames.get(config);
  if (name === undefined) cookieNames.set(config, (name = sessionCookieName(config)));
  return name;
}
