import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { EmptyState } from '../../ui/EmptyState';
import { ResultList } from '../../ui/ResultList';
import { SignInRequired } from '../auth/SignInRequired';
import { ExpertRow } from '../experts/ExpertRow';

// Uses the page query's `$peopleAfter`: "load more" re-runs the page query with the next cursor and
// the cache appends the people (Organisation.experts is relay-paginated in app/cache.ts).
export const OrganisationPeopleFragment = graphql(`
  fragment OrganisationPeople_organisation on Organisation {
    id
    experts(first: $peopleFirst, after: $peopleAfter) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ExpertRow_expert
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface OrganisationPeopleProps {
  organisation: FragmentType<typeof OrganisationPeopleFragment>;
  onLoadMore: (after: string) => Promise<unknown>;
}

export function OrganisationPeople({ organisation, onLoadMore }: OrganisationPeopleProps) {
  const { t } = useTranslation();
  const { experts } = getFragmentData(OrganisationPeopleFragment, organisation);
  // The server answers null to anonymous visitors: people and their contacts are for members.
  if (!experts) return <SignInRequired message={t('organisation.signInForPeople')} />;
  const endCursor = experts.pageInfo.endCursor;

  return (
    <ResultList
      label={t('organisation.people')}
      items={experts.edges.map(({ node }) => ({
        key: node.id,
        node: <ExpertRow expert={node} headingOrder={3} showOrganisation={false} />,
      }))}
      totalCount={experts.totalCount}
      hasMore={experts.pageInfo.hasNextPage && endCursor !== null}
      onLoadMore={() => (endCursor ? onLoadMore(endCursor) : Promise.resolve())}
      empty={<EmptyState message={t('organisation.noPeople')} />}
    />
  );
}
