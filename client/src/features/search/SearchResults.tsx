import { SEARCH_POST_COUNT_MAX } from '@strom/shared';
import { useQuery } from '@apollo/client/react';
import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { SearchQuery as SearchQueryType } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ResultList } from '../../ui/ResultList';
import { PostHit, ResourceHit, ThreadHit } from './ForumHitRows';
import { ExpertHit, OrganisationHit } from './SearchHitRow';

export const SEARCH_PAGE_SIZE = 20;

export const SearchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      expertCount
      organisationCount
      threadCount
      postCount
      resourceCount
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
          ... on ThreadMatch {
            id
            ...SearchHit_thread
          }
          ... on PostMatch {
            id
            ...SearchHit_post
          }
          ... on ResourceMatch {
            id
            ...SearchHit_resource
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
  const total = results
    ? results.expertCount + results.organisationCount + results.threadCount + results.postCount + results.resourceCount
    : 0;

  let summary: string | undefined;
  if (results) {
    const organisations = t('search.organisations', { count: results.organisationCount });
    summary = member
      ? t('search.counts', { experts: t('search.experts', { count: results.expertCount }), organisations })
      : t('search.countsAnonymous', { organisations });
    if (results.threadCount + results.postCount > 0)
      summary += t('search.forumCounts', {
        threads: t('search.threads', { count: results.threadCount }),
        // The server counts posts up to a cap: at the cap there may be many more.
        posts:
          results.postCount >= SEARCH_POST_COUNT_MAX
            ? t('search.postsAtLeast', { count: results.postCount })
            : t('search.posts', { count: results.postCount }),
      });
    if (results.resourceCount > 0)
      summary += t('search.libraryCount', { resources: t('search.resources', { count: results.resourceCount }) });
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
                return { key: `${kind}:${node.id}`, node: hitOf(node) };
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

type Hit = NonNullable<SearchQueryType['search']>['hits'][number]['node'];

function hitOf(node: Hit) {
  // oxlint-disable-next-line no-underscore-dangle -- GraphQL's discriminator of union members
  switch (node.__typename) {
    case 'Expert':
      return <ExpertHit expert={node} />;
    case 'Organisation':
      return <OrganisationHit organisation={node} />;
    case 'ThreadMatch':
      return <ThreadHit thread={node} />;
    case 'PostMatch':
      return <PostHit post={node} />;
    case 'ResourceMatch':
      return <ResourceHit resource={node} />;
  }
}
