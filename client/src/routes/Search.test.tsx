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

const threadHit = {
  __typename: 'SearchHit',
  score: 0.09,
  node: {
    __typename: 'ThreadMatch',
    id: 't1',
    threadTitle: 'Referral of labour exploitation cases in Liepāja',
    forumTitle: 'Referral mechanisms across the BSR',
    lastPostAt: '2026-12-01T09:30:00.000Z',
  },
};
const postHit = {
  __typename: 'SearchHit',
  score: 0.05,
  node: {
    __typename: 'PostMatch',
    id: 'p7',
    threadId: 't2',
    threadTitle: 'Shelter places in Kurzeme',
    forumTitle: 'Latvia',
    snippet: 'The Liepāja shelter has two places free this week <b>for adults</b>',
    createdAt: '2026-12-02T14:00:00.000Z',
  },
};

const resourceHit = {
  __typename: 'SearchHit',
  score: 0.09,
  node: {
    __typename: 'ResourceMatch',
    id: 'r1',
    resourceTitle: 'Identification training, module 1',
    excerpt: 'Slides and exercises for a half-day session <i>with front-line staff</i>',
    createdAt: '2026-11-02T09:00:00.000Z',
  },
};

function results(hits: unknown[], expertCount: number, organisationCount: number, threadCount = 0, postCount = 0, resourceCount = 0) {
  return { data: { search: { __typename: 'SearchResults', hits, expertCount, organisationCount, threadCount, postCount, resourceCount } } };
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

  it('lists forum threads and posts with links to the thread and to the post, the snippet as plain text', async () => {
    render('/search?q=liepaja', viewerNode(), [
      {
        request: { query: SearchQuery, variables: { query: 'liepaja', first: 20 } },
        result: results([expertHit, threadHit, postHit], 1, 0, 1, 1),
      },
    ]);
    const list = await screen.findByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[1]!).getByText('Thread')).toBeInTheDocument();
    expect(within(items[1]!).getByRole('link', { name: 'Referral of labour exploitation cases in Liepāja' })).toHaveAttribute(
      'href',
      '/t/t1',
    );
    expect(within(items[1]!).getByText(/in Referral mechanisms across the BSR/)).toBeInTheDocument();
    expect(within(items[2]!).getByText('Post')).toBeInTheDocument();
    expect(within(items[2]!).getByRole('link', { name: 'Shelter places in Kurzeme' })).toHaveAttribute('href', '/t/t2#post-p7');
    // Text, never markup: the tags show as typed.
    expect(within(items[2]!).getByText(/two places free this week <b>for adults<\/b>/)).toBeInTheDocument();
    expect(items[2]!.querySelector('b')).toBeNull();
    expect(screen.getByText('1 expert and 0 organisations match; in the forums, 1 thread and 1 post')).toBeInTheDocument();
  });

  it('lists library resources with a link to the resource and its excerpt as plain text', async () => {
    render('/search?q=training', viewerNode(), [
      { request: { query: SearchQuery, variables: { query: 'training', first: 20 } }, result: results([resourceHit], 0, 0, 0, 0, 1) },
    ]);
    const list = await screen.findByRole('list', { name: 'Search results' });
    const [item] = within(list).getAllByRole('listitem');
    expect(within(item!).getByText('Library')).toBeInTheDocument();
    expect(within(item!).getByRole('link', { name: 'Identification training, module 1' })).toHaveAttribute('href', '/library/r1');
    expect(within(item!).getByText(/<i>with front-line staff<\/i>/)).toBeInTheDocument();
    expect(screen.getByText('0 experts and 0 organisations match; in the library, 1 resource')).toBeInTheDocument();
  });

  it('says a capped post count is a lower bound', async () => {
    render('/search?q=referral', viewerNode(), [
      { request: { query: SearchQuery, variables: { query: 'referral', first: 20 } }, result: results([postHit], 0, 0, 0, 100) },
    ]);
    expect(
      await screen.findByText('0 experts and 0 organisations match; in the forums, 0 threads and 100 or more posts'),
    ).toBeInTheDocument();
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
