import { useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { graphql } from '../../gql';

// The rows' own fragments: an event carries the changed expert or organisation with every field a
// directory row renders, so Apollo's normalised cache updates the row in place (no list refetch).
export const DirectoryActivitySubscription = graphql(`
  subscription DirectoryActivity {
    networkActivity {
      id
      kind
      expert {
        id
        ...ExpertRow_expert
      }
      organisation {
        id
        ...OrganisationRow_organisation
      }
    }
  }
`);

/**
 * Keeps an open directory current: rows update through the cache, and `refreshCounts` (the facet
 * query: small and cheap) runs once a burst of events has settled. If the socket fails, the page
 * still works as a snapshot.
 */
export function useLiveDirectory(refreshCounts: () => unknown) {
  const refresh = useDebouncedCallback(() => void refreshCounts(), 500);
  useSubscription(DirectoryActivitySubscription, {
    ignoreResults: true,
    onData: () => refresh(),
    onError: () => undefined,
  });
}
