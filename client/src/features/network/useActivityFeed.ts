import { useQuery } from '@apollo/client/react';
import { ACTIVITY_FEED_MAX, PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';

export const ActivityFeedQuery = graphql(`
  query ActivityFeed($first: Int!) {
    networkActivity(first: $first) {
      edges {
        node {
          id
          ...ActivityEntry_activity
        }
      }
    }
  }
`);

export const ActivityFeedUpdates = graphql(`
  subscription ActivityFeedUpdates {
    networkActivity {
      id
      ...ActivityEntry_activity
    }
  }
`);

// The first page comes from the query; live events are written into the same cached list, newest
// first, so nothing is refetched. The list is capped so a page left open for days stays small.
export function useActivityFeed() {
  const { data, error, refetch, subscribeToMore } = useQuery(ActivityFeedQuery, {
    variables: { first: PAGE_SIZE_DEFAULT },
    // Events that happened while the feed was not on screen were not delivered: re-read on every visit.
    fetchPolicy: 'cache-and-network',
  });
  const [liveError, setLiveError] = useState(false);

  useEffect(
    () =>
      subscribeToMore({
        document: ActivityFeedUpdates,
        onError: () => setLiveError(true),
        updateQuery: (_unsafe, { complete, previousData, subscriptionData }) => {
          if (!complete) return undefined;
          const node = subscriptionData.data.networkActivity;
          const edges = previousData.networkActivity.edges;
          if (edges.some((edge) => edge.node.id === node.id)) return previousData;
          const edge = { __typename: 'NetworkActivityEdge' as const, node };
          return {
            ...previousData,
            networkActivity: {
              ...previousData.networkActivity,
              edges: [edge, ...edges].slice(0, ACTIVITY_FEED_MAX),
            },
          };
        },
      }),
    [subscribeToMore],
  );

  return {
    entries: data?.networkActivity.edges.map((edge) => edge.node),
    error,
    liveError,
    retry: () => void refetch(),
  };
}
