import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { PathwayChangedSubscription as Change } from '../../gql/graphql';
import { PathwayChangedSubscription } from './pathwayDocuments';

export type PathwayChange = Change['pathwayChanged'];

/**
 * Drafts saved (for those who read drafts) and versions published of one pathway, as they happen. The versions the
 * page holds go with the subscription, so after a reconnect the server first sends what changed since.
 */
export function usePathwayChanges(
  pathway: { id: string; latestVersion: number; publishedVersion: number | null } | null,
  onChange: (change: PathwayChange) => void,
) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useSubscription(PathwayChangedSubscription, {
    variables: {
      pathwayId: pathway?.id ?? '',
      latestVersion: pathway?.latestVersion ?? null,
      publishedVersion: pathway?.publishedVersion ?? null,
    },
    skip: !pathway,
    onData: ({ data: { data } }) => {
      if (data?.pathwayChanged) latest.current(data.pathwayChanged);
    },
  });
}
