import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createCache } from './cache';

function webSocketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/graphql`;
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql' });

  let client: ApolloClient | undefined;
  const socket = createClient({
    url: webSocketUrl(),
    // The socket opens with the first subscription and closes after the last one ends.
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    on: {
      // Pub/sub is at-most-once: after a dropped connection, re-read what is on screen so events
      // published while we were away are not lost (DESIGN §2, §6).
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) void client?.refetchObservableQueries();
      },
    },
  });

  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(socket), http);

  client = new ApolloClient({ link, cache: createCache() });
  return client;
}
