import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ViewerQuery as ViewerQueryResult } from '../../gql/graphql';

// Who is signed in and what they may do: the header, the guards of member pages and the forms
// that depend on the viewer's role all read this one cached query.
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      networkRole
      totpEnabled
      totpRequired
      coordinatorOf {
        code
        name
      }
      expert {
        id
        fullName
      }
      can {
        inviteMembers
        proposeMembers
        approveInvitations
        administer
        seeCoverage
        editOrganisations
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQueryResult['viewer']>;
export type ViewerPermission = keyof Omit<Viewer['can'], '__typename'>;

/** `viewer` is undefined while loading, null when signed out. */
export function useViewer() {
  const { data, error, refetch } = useQuery(ViewerQuery);
  return { viewer: data?.viewer, error, refetch };
}
