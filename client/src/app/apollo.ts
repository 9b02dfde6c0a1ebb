import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { createCache } from './cache';
import { ResumableWsLink } from './resumableWsLink';

function webSocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/graphql`;
}

/**
 * The socket is authenticated once, from the session cookie, when it opens (DESIGN §8). After a
 * sign-in or sign-out it must reopen to act for the new viewer: terminating is not fatal to
 * graphql-ws, so it reconnects (lazily: only if subscriptions are active) and resubscribes.
 */
export function restartRealtime(socket: Pick<Client, 'terminate'>): void {
  socket.terminate();
}

export function createApolloClient(): ApolloClient {
  // The session is an httpOnly cookie: same-origin requests carry it, nothing else is needed.
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  const socket = createClient({
    url: webSocketUrl(),
    // The socket opens with the first subscription and closes after the last one ends. Pub/sub is
    // at-most-once: after a dropped connection, each live list resubscribes from its last cursor and the
    // server sends what it missed (ResumableWsLink), so nothing is refetched.
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
  });

  const live = new ResumableWsLink(socket);
  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, http);

  const client = new ApolloClient({ link, cache: createCache() });
  // Sign-in, sign-out and account deletion reset the store (features/auth/useSessionChange.ts):
  // every reset is a change of viewer, so the socket follows it.
  const restart = () => {
    restartRealtime(socket);
    return Promise.resolve();
  };
  client.onResetStore(restart);
  client.onClearStore(restart);
  return client;
}
