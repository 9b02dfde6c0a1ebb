import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { ForumList } from './ForumList';
import { ForumsQuery } from './forumDocuments';

const forum = (id: string, level: string, over: Record<string, unknown> = {}) => ({
  __typename: 'Forum',
  id,
  slug: id,
  title: `Forum ${id}`,
  description: null,
  level,
  countryCode: null,
  municipalityName: null,
  visibility: 'NETWORK',
  threadCount: 3,
  unreadCount: null,
  newThreadCount: null,
  lastPostAt: null,
  ...over,
});

const forums = (list: unknown[]) => ({ request: { query: ForumsQuery }, result: { data: { forums: list } } });

describe('ForumList', () => {
  it('groups forums by scope with what is new for the reader, each linking to its page', async () => {
    renderRoute(<ForumList />, {
      mocks: [
        forums([
          forum('bsr', 'REGIONAL', { visibility: 'PUBLIC', newThreadCount: 2, unreadCount: 5 }),
          forum('latvia', 'NATIONAL', { countryCode: 'LV', visibility: 'SCOPE' }),
          forum('riga-group', 'LOCAL', { countryCode: 'LV', municipalityName: 'Riga', visibility: 'GROUP' }),
        ]),
      ],
    });
    const regional = await screen.findByRole('region', { name: 'Across the region' });
    expect(within(regional).getByRole('link', { name: 'Forum bsr' })).toHaveAttribute('href', '/forums/bsr');
    expect(regional).toHaveTextContent('2 new since your last visit');
    expect(regional).toHaveTextContent('5 unread posts');
    expect(regional).toHaveTextContent('Public');
    expect(within(screen.getByRole('region', { name: 'Latvia' })).getByRole('link')).toHaveTextContent('Forum latvia');
    const local = screen.getByRole('region', { name: 'Local and working groups' });
    expect(local).toHaveTextContent('Closed group');
    expect(local).toHaveTextContent('Riga');
    expect(local).not.toHaveTextContent('new since your last visit');
  });

  it('says so when the reader can read no forum', async () => {
    renderRoute(<ForumList />, { mocks: [forums([])] });
    expect(await screen.findByText('There are no forums you can read yet.')).toBeInTheDocument();
  });
});
