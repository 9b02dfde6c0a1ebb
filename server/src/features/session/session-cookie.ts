import type { Config } from '../../core/config.js';

export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/** `__Host-` pins the cookie to this host and path / (browsers require Secure for it). */
export function sessionCookieName(config: Pick<Config, 'publicUrl'>): string {
  return isSecure(config) ? '__Host-strom_session' : 'strom_session';
}

/** Secure everywhere but plain-HTTP localhost, where browsers would drop a Secure cookie. */
function isSecure(config: Pick<Config, 'publicUrl'>): boolean {
  const url = new URL(config.publicUrl);
  return url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function sessionCookieHeader(config: Pick<Config, 'publicUrl'>, token: string, expiresAt: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return serialise(config, token, maxAge);
}

export function clearedSessionCookieHeader(config: Pick<Config, 'publicUrl'>): string {
  return serialise(config, '', 0);
}

function serialise(config: Pick<Config, 'publicUrl'>, value: string, maxAge: number): string {
  const secure = isSecure(config) ? '; Secure' : '';
  return `${sessionCookieName(config)}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure}`;
}

/** Reads one cookie from a Cookie header without a dependency: name=value pairs separated by "; ". */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}
