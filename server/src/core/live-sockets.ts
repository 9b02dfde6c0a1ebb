import type { WebSocket } from 'ws';
import type { EventBus } from './pubsub.js';

/** 4403 is graphql-ws's "Forbidden" close code: the client must not reconnect with the same credentials. */
const SESSION_ENDED = 4403;

/**
 * The open WebSockets of each session on this process. When a session is revoked (sign-out, suspension,
 * deletion) on any process, the event reaches every process and each closes its own sockets of that session.
 */
export function trackSessionSockets(events: EventBus) {
  const bySession = new Map<string, Set<WebSocket>>();
  const abort = new AbortController();
  void (async () => {
    for await (const { sessionIds } of events.subscribe('SESSIONS_REVOKED', abort.signal)) {
      for (const id of sessionIds) {
        for (const socket of bySession.get(id) ?? []) socket.close(SESSION_ENDED, 'Session ended');
        bySession.delete(id);
      }
    }
  })();
  return {
    add(sessionId: string, socket: WebSocket): void {
      const sockets = bySession.get(sessionId) ?? new Set();
      sockets.add(socket);
      bySession.set(sessionId, sockets);
      socket.once('close', () => sockets.delete(socket));
    },
    stop(): void {
      abort.abort();
    },
  };
}

export type SessionSockets = ReturnType<typeof trackSessionSockets>;
