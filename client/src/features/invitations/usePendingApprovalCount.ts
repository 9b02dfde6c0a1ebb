import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const PendingApprovalCountQuery = graphql(`
  query PendingApprovalCount {
    pendingApprovalCount
    proposedOrganisationCount
  }
`);

/**
 * How many invitations and proposed organisations wait for this viewer's approval (both are on the approvals page);
 * undefined for those who approve nothing, or while loading.
 */
export function usePendingApprovalCount(approves: boolean): number | undefined {
  // Re-read on every mount of the navigation: proposals arrive from others.
  const { data } = useQuery(PendingApprovalCountQuery, { skip: !approves, fetchPolicy: 'cache-and-network' });
  return approves && data ? data.pendingApprovalCount + data.proposedOrganisationCount : undefined;
}
