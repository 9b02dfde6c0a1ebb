import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { LibraryQuery } from '../features/library/libraryDocuments';
import { viewerNode } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { Library } from './Library';

const resource = {
  __typename: 'Resource',
  id: 'r1',
  kind: 'CAMPAIGN',
  title: 'Know your rights at work',
  summary: 'A leaflet for seasonal workers.',
  level: 'NATIONAL',
  countryCode: 'LV',
  municipality: null,
  visibility: 'PUBLIC',
  languages: ['lv', 'en'],
  year: 2025,
  publisher: 'Liepāja social service',
  recommendations: 2,
  file: { __typename: 'ResourceFile', contentType: 'application/pdf' },
};

const facet = (value: string, count: number) => ({ __typename: 'ResourceFacetCount', value, count });

function render(viewer: unknown) {
  return renderRoute(<Library />, {
    path: '/library',
    mocks: [
      { request: { query: ViewerQuery }, result: { data: { viewer } } },
      {
        request: { query: LibraryQuery, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: {
          data: {
            resources: {
              __typename: 'ResourceConnection',
              totalCount: 1,
              edges: [{ __typename: 'ResourceEdge', cursor: 'c1', node: resource }],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            },
            resourceFacets: {
              __typename: 'ResourceFacets',
              kinds: [facet('CAMPAIGN', 1)],
              languages: [facet('lv', 1), facet('en', 1)],
              levels: [facet('NATIONAL', 1)],
              years: [facet('2025', 1)],
            },
          },
        },
      },
    ],
  });
}

describe('library page', () => {
  it('lists resources with their kind, place, file and recommendations, and counts each facet', async () => {
    render(null);
    const list = await screen.findByRole('list', { name: 'Resources' });
    const [item] = within(list).getAllByRole('listitem');
    expect(within(item!).getByRole('link', { name: 'Know your rights at work' })).toHaveAttribute('href', '/library/r1');
    expect(within(item!).getByText('Campaign')).toBeInTheDocument();
    expect(within(item!).getByText('LV · 2025 · Liepāja social service · File · 2 recommendations')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Campaign (1)' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Report (0)' })).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Atom feed of public resources' })).toHaveAttribute('href', '/feeds/resources.atom');
    // Visitors read; members add.
    expect(screen.queryByRole('link', { name: 'Add a resource' })).toBeNull();
  });

  it('offers members to add a resource', async () => {
    render(viewerNode());
    expect(await screen.findByRole('link', { name: 'Add a resource' })).toHaveAttribute('href', '/library/new');
  });
});
