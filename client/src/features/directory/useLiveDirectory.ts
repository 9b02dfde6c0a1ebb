import { useDebouncedCallback } from '@mantine/hooks';
import { graphql } from '../../gql';
import { useLiveConnection } from '../../ui/useLiveConnection';

// Where the feed stands when the directory opens: the live rows resume from this cursor after a reconnect.
export const DirectoryActivityCursorQuery = graphql(`
  query DirectoryActivityCursor {
    networkActivity(first: 1) {
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

// The rows' own fragments: an event carries the changed expert or organisation with every field a
// directory row renders, so Apollo's normalised cache updates the row in place (no list refetch).
export const DirectoryActivitySubscription = graphql(`
  subscription DirectoryActivity($after: String) {
    networkActivity(after: $after) {
      cursor
      node {
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
  }
`);

/**
 * Keeps an open directory current: rows update through the cache, and `refreshCounts` (the facet
 * query: small and cheap) runs once a burst of events has settled. After a dropped socket the missed
 * events arrive from the last cursor. If the socket fails, the page still works as a snapshot.
 */
export function useLiveDirectory(refreshCounts: () => unknown) {
  const refresh = useDebouncedCallback(() => void refreshCounts(), 500);
  useLiveConnection({
    query: DirectoryActivityCursorQuery,
    variables: {},
    subscription: DirectoryActivitySubscription,
    field: 'networkActivity',
    order: 'newest-first',
    // Only the cursor matters here: the rows are updated through the cache.
    max: 1,
    onEvent: () => refresh(),
  });
}
