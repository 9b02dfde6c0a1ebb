import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

// One cache shape for the app and for component tests, so "load more" and live updates are tested
// against the same merge rules they run with.
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Each filter is its own list; `first`/`after` only page through it.
          experts: relayStylePagination(['filter']),
          organisations: relayStylePagination(['filter']),
          networkActivity: relayStylePagination(),
          // `networkStats` has no id: replace it whole on every fetch.
          networkStats: { merge: false },
        },
      },
      Organisation: {
        fields: { experts: relayStylePagination() },
      },
      Country: { keyFields: ['code'] },
      // A scope is a value that belongs to its parent, not an entity of its own.
      Scope: { keyFields: false },
    },
  });
}
