import { useQuery } from '@apollo/client/react';
import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/EmptyState';
import { ResultList } from '../../ui/ResultList';
import { ExpertHit, OrganisationHit } from './SearchHitRow';

export const SEARCH_PAGE_SIZE = 20;

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      expertCount
      organisationCount
      hits {
        score
        node {
          ... on Expert {
            id
            ...SearchHit_expert
          }
          ... on Organisation {
            id
            ...SearchHit_organisation
          }
        }
      }
    }
  }
`);

interface SearchResultsProps {
  query: string;
  /** Visitors see publicly listed organisations only (the server enforces it); the page says so. */
  member: boolean;
}

export function SearchResults({ query, member }: SearchResultsProps) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(SearchQuery, {
    variables: { query, first: SEARCH_PAGE_SIZE },
  });
  // While the next answer is on its way, the previous one stays: results do not blink per keystroke.
  const results = (data ?? previousData)?.search;
  const total = results ? results.expertCount + results.organisationCount : 0;

  let summary: string | undefined;
  if (results) {
    const organisations = t('search.organisations', { count: results.organisationCount });
    summary = member
      ? t('search.counts', { experts: t('search.experts', { count: results.expertCount }), organisations })
      : t('search.countsAnonymous', { organisations });
  }

  return (
    <>
      {results && (
        <Text component="p" size="sm" aria-live="polite">
          {loading && <Loader size="xs" mr="xs" aria-hidden />}
          {loading ? t('search.updating') : summary}
        </Text>
      )}
      {/* An error replaces stale results: the reader must not take them for an answer. */}
      <ResultList
        label={t('search.listLabel')}
        items={
          error
            ? undefined
            : results?.hits.map(({ node }) => {
                // oxlint-disable-next-line no-underscore-dangle -- GraphQL's discriminator of union members
                const kind = node.__typename;
                return {
                  key: `${kind}:${node.id}`,
                  node: kind === 'Expert' ? <ExpertHit expert={node} /> : <OrganisationHit organisation={node} />,
                };
              })
        }
        totalCount={total}
        hasMore={false}
        error={error}
        onRetry={() => void refetch()}
        onLoadMore={() => Promise.resolve()}
        empty={<EmptyState message={member ? t('search.empty', { query }) : t('search.emptyAnonymous', { query })} />}
      />
    </>
  );
}
