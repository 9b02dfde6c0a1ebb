import { ACTIVITY_FEED_MAX, PAGE_SIZE_DEFAULT } from '@strom/shared';
import { graphql } from '../../gql';
import { useLiveConnection } from '../../ui/useLiveConnection';

export const ActivityFeedQuery = graphql(`
  query ActivityFeed($first: Int!) {
    networkActivity(first: $first) {
      edges {
        cursor
        node {
          id
          ...ActivityEntry_activity
        }
      }
    }
  }
`);

export const ActivityFeedUpdates = graphql(`
  subscription ActivityFeedUpdates($after: String) {
    networkActivity(after: $after) {
      cursor
      node {
        id
        ...ActivityEntry_activity
      }
    }
  }
`);

// The first page comes from the query; live entries are written into the same cached list, newest first,
// and after a reconnect the server sends what was missed since the last cursor: nothing is refetched.
export function useActivityFeed() {
  const { edges, error, liveError, retry } = useLiveConnection({
    query: ActivityFeedQuery,
    variables: { first: PAGE_SIZE_DEFAULT },
    subscription: ActivityFeedUpdates,
    field: 'networkActivity',
    order: 'newest-first',
    max: ACTIVITY_FEED_MAX,
  });
  return { entries: edges?.map((edge) => edge.node), error, liveError, retry };
}
