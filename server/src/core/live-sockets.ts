import type { WebSocket } from 'ws';
import { ANONYMOUS, isMember, type Viewer } from './auth.js';
import { topic, type EventBus } from './pubsub.js';

/** 4403 is graphql-ws's "Forbidden" close code: the client must not reconnect with the same credentials. */
const SESSION_ENDED = 4403;
/** Rights can change without an event (an account edited in the database by hand): re-read at least this often. */
const RECHECK_MS = 5 * 60_000;

/** A socket's viewer, kept current for as long as the socket is open. */
export interface SocketViewer {
  /** The rights of the session right now: every live event is checked against this, without SQL. */
  readonly current: Viewer;
  /** Re-reads the session (one statement), as every operation does; ends the socket if the session has ended. */
  refresh(): Promise<Viewer>;
}

interface SessionEntry {
  viewer: Viewer;
  sockets: Set<WebSocket>;
  resolve: () => Promise<Viewer>;
  timer: NodeJS.Timeout | null;
  stop: AbortController;
}

/**
 * The open WebSockets of each session on this process, and the session's current viewer. The viewer is read
 * again on every operation, when the account changes (`user:<id>` events), when the session would expire and
 * every few minutes; when a session ends (sign-out, suspension, deletion, expiry) on any process, each
 * process closes its sockets of that session at once.
 */
export function trackSessionSockets(events: EventBus) {
  const bySession = new Map<string, SessionEntry>();
  const stopped = new AbortController();

  const dispose = (sessionId: string, entry: SessionEntry) => {
    if (bySession.get(sessionId) !== entry) return;
    bySession.delete(sessionId);
    if (entry.timer) clearTimeout(entry.timer);
    entry.stop.abort();
  };
  const end = (sessionId: string, entry: SessionEntry) => {
    // Before the close, so an event already on its way is checked against no rights at all.
    entry.viewer = ANONYMOUS;
    dispose(sessionId, entry);
    for (const socket of entry.sockets) socket.close(SESSION_ENDED, 'Session ended');
  };
  const schedule = (sessionId: string, entry: SessionEntry) => {
    if (entry.timer) clearTimeout(entry.timer);
    const endsAt = isMember(entry.viewer) ? (entry.viewer.sessionEndsAt ?? Number.POSITIVE_INFINITY) : 0;
    const delay = Math.max(0, Math.min(endsAt - Date.now() + 1, RECHECK_MS));
    entry.timer = setTimeout(() => void recheck(sessionId, entry).catch(() => schedule(sessionId, entry)), delay);
    entry.timer.unref();
  };
  const recheck = async (sessionId: string, entry: SessionEntry): Promise<Viewer> => {
    if (bySession.get(sessionId) !== entry) return ANONYMOUS;
    const viewer = await entry.resolve();
    if (bySession.get(sessionId) !== entry) return ANONYMOUS;
    if (!isMember(viewer) || viewer.sessionId !== sessionId) {
      end(sessionId, entry);
      return ANONYMOUS;
    }
    entry.viewer = viewer;
    schedule(sessionId, entry);
    return viewer;
  };
  const track = (sessionId: string, userId: string, resolve: () => Promise<Viewer>): SessionEntry => {
    const entry: SessionEntry = { viewer: ANONYMOUS, sockets: new Set(), resolve, timer: null, stop: new AbortController() };
    bySession.set(sessionId, entry);
    void (async () => {
      for await (const event of events.subscribe(topic('user', userId), entry.stop.signal)) {
        if (event.kind === 'ACCOUNT_CHANGED') await recheck(sessionId, entry).catch(() => undefined);
      }
    })();
    return entry;
  };

  void (async () => {
    for await (const { sessionIds } of events.subscribe('SESSIONS_REVOKED', stopped.signal)) {
      for (const id of sessionIds) {
        const entry = bySession.get(id);
        if (entry) end(id, entry);
      }
    }
  })();

  return {
    /**
     * Starts following a new socket's session, from the viewer its upgrade resolved to; `resolve` reads the
     * session again. Anonymous sockets stay anonymous and cost nothing more.
     */
    open(socket: WebSocket, viewer: Viewer, resolve: () => Promise<Viewer>): SocketViewer {
      if (!isMember(viewer) || socket.readyState !== socket.OPEN) return { current: ANONYMOUS, refresh: async () => ANONYMOUS };
      const { sessionId } = viewer;
      const entry = bySession.get(sessionId) ?? track(sessionId, viewer.userId, resolve);
      entry.viewer = viewer;
      entry.sockets.add(socket);
      schedule(sessionId, entry);
      socket.once('close', () => {
        entry.sockets.delete(socket);
        if (entry.sockets.size === 0) dispose(sessionId, entry);
      });
      return {
        get current() {
          return entry.viewer;
        },
        refresh: () => recheck(sessionId, entry),
      };
    },
    /** Sessions with open sockets on this process (tests check none is left behind). */
    get size(): number {
      return bySession.size;
    },
    stop(): void {
      stopped.abort();
      for (const [id, entry] of bySession) dispose(id, entry);
    },
  };
}

export type SessionSockets = ReturnType<typeof trackSessionSockets>;
