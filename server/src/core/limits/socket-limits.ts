import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { WebSocket } from 'ws';

export const SOCKET_LIMITS = {
  /**
   * Largest WebSocket message. The client only subscribes over the socket: a document within the token
   * limit is a few kB; 64 KiB leaves room and keeps a hostile message from being buffered and parsed.
   * ws closes the socket with 1009 "Message Too Big" beyond it.
   */
  maxPayloadBytes: 64 * 1024,
  /** One socket per open tab of a signed-in member. */
  perSession: 10,
  /** Offices (a police unit, a shelter) share one public address; anonymous visitors have no session to count. */
  perAddress: 100,
} as const;

/**
 * "Try Again Later": graphql-ws clients retry it with a growing delay, so a tab that was one too many connects
 * once another closes. (4429 would stop the client for good.)
 */
export const TOO_MANY_CONNECTIONS = 1013;

/** Counts open sockets per client address and per session; a socket over either limit is closed at once. */
export function createSocketLimits(clientAddress: (request: IncomingMessage) => string) {
  const byAddress = new Map<string, number>();
  const bySession = new Map<string, number>();
  return {
    admitAddress: (socket: WebSocket, request: IncomingMessage): boolean =>
      admit(byAddress, clientAddress(request), SOCKET_LIMITS.perAddress, socket, 'Too many connections from this address'),
    admitSession: (socket: WebSocket, sessionId: string): boolean =>
      admit(bySession, sessionId, SOCKET_LIMITS.perSession, socket, 'Too many connections for this session'),
  };
}

export type SocketLimits = ReturnType<typeof createSocketLimits>;

function admit(counts: Map<string, number>, key: string, max: number, socket: WebSocket, reason: string): boolean {
  const open = counts.get(key) ?? 0;
  if (open >= max) {
    socket.close(TOO_MANY_CONNECTIONS, reason);
    return false;
  }
  counts.set(key, open + 1);
  socket.once('close', () => {
    const left = (counts.get(key) ?? 1) - 1;
    if (left > 0) counts.set(key, left);
    else counts.delete(key);
  });
  return true;
}

/**
 * The client's address as Express sees it with `trust proxy: loopback`: behind a proxy on this machine, the
 * nearest address in X-Forwarded-For that is not itself a local proxy.
 */
/**
 * The client's address behind the proxies `TRUST_PROXY` names, exactly as Express reads it for HTTP requests
 * (proxy-addr with the same setting): unset, X-Forwarded-For is ignored and the peer's address counts.
 */
export function clientAddressReader(trustProxy: boolean | number | string): (request: IncomingMessage) => string {
  const trust = trustProxySetting(trustProxy);
  return (request) => proxyaddr(request, trust);
}

/** Express's own reading of its "trust proxy" setting, for proxy-addr. */
function trustProxySetting(value: boolean | number | string): (address: string, hop: number) => boolean {
  if (value === true) return () => true;
  if (value === false) return () => false;
  if (typeof value === 'number') return (_address, hop) => hop < value;
  return proxyaddr.compile(value.split(',').map((entry) => entry.trim()));
}
