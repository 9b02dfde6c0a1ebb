import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { SearchQuery } from '../features/search/SearchResults';
import { latvia, liepaja, viewerNode } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { Search } from './Search';

const expertHit = {
  __typename: 'SearchHit',
  score: 1.4,
  node: {
    __typename: 'Expert',
    id: 'e1',
    fullName: 'Anna Ozola',
    title: 'Social worker',
    organisation: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja Social Service' },
    country: latvia,
    municipality: liepaja,
  },
};
const organisationHit = {
  __typename: 'SearchHit',
  score: 0.8,
  node: {
    __typename: 'Organisation',
    id: 'org-2',
    name: 'Liepāja Crisis Centre',
    acronym: 'LCC',
    type: 'NGO',
    scope: { __typename: 'Scope', level: 'LOCAL', country: latvia, municipality: liepaja },
  },
};

function results(hits: unknown[], expertCount: number, organisationCount: number) {
  return { data: { search: { __typename: 'SearchResults', hits, expertCount, organisationCount } } };
}

function render(url: string, viewer: unknown, searches: MockLink.MockedResponse[]) {
  return renderRoute(<Search />, {
    path: '/search',
    url,
    mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer } } }, ...searches],
  });
}

describe('search page', () => {
  it('searches as the member types, ranked hits with type badges and links to profiles', async () => {
    const user = userEvent.setup();
    const asked: unknown[] = [];
    const { router } = render('/search', viewerNode(), [
      {
        request: { query: SearchQuery, variables: () => true },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: (variables) => {
          asked.push(variables['query']);
          return results([expertHit, organisationHit], 1, 1);
        },
      },
    ]);

    const box = await screen.findByRole('searchbox', { name: /^Search people and organisations/ });
    await user.type(box, 'liep');
    await waitFor(() => expect(searchOf(router)).toEqual({ q: 'liep' }));
    // Debounced: one request for the pause, not one per keystroke.
    await waitFor(() => expect(asked).toEqual(['liep']));

    const list = await screen.findByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('Expert')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'Anna Ozola' })).toHaveAttribute('href', '/experts/e1');
    expect(within(items[1]!).getByText('Organisation')).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: 'Liepāja Crisis Centre (LCC)' })).toHaveAttribute('href', '/organisations/org-2');
    expect(screen.getByText('1 expert and 1 organisation match')).toBeInTheDocument();
  });

  it('tells an anonymous visitor that only organisations are searched', async () => {
    render('/search?q=ozola', null, [
      { request: { query: SearchQuery, variables: { query: 'ozola', first: 20 } }, result: results([], 0, 0) },
    ]);
    expect(await screen.findByText(/Nothing matches “ozola” among the publicly listed organisations\. Sign in/)).toBeInTheDocument();
  });

  it('asks for a query before searching', async () => {
    render('/search', viewerNode(), []);
    expect(await screen.findByText('Type a name, an organisation or a place to search.')).toBeInTheDocument();
  });

  it('shows an error with a retry', async () => {
    const user = userEvent.setup();
    render('/search?q=riga', viewerNode(), [
      { request: { query: SearchQuery, variables: { query: 'riga', first: 20 } }, result: { errors: [{ message: 'boom' }] } },
      { request: { query: SearchQuery, variables: { query: 'riga', first: 20 } }, result: results([expertHit], 1, 0) },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Anna Ozola' })).toBeInTheDocument();
  });
});
