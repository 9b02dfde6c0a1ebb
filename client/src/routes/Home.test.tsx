import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { MemberStartQuery } from '../features/joining/MemberStart';
import { viewerNode } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { Home } from './Home';

describe('home', () => {
  it('tells a visitor how to join', async () => {
    renderRoute(<Home />, { mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer: null } } }] });
    expect(await screen.findByRole('link', { name: 'How to join the network' })).toHaveAttribute('href', '/join');
    expect(screen.getByRole('heading', { level: 1, name: /Baltic Sea Region network/ })).toBeInTheDocument();
  });

  it('starts a member from their counterpart search and their organisation', async () => {
    renderRoute(<Home />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
        {
          request: { query: MemberStartQuery },
          result: {
            data: {
              viewer: {
                __typename: 'Viewer',
                id: 'user-1',
                expert: {
                  __typename: 'Expert',
                  id: 'e-me',
                  organisation: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja Social Service' },
                },
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: /^Welcome/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Find my counterpart' })).toHaveAttribute('href', '/counterparts');
    expect(await screen.findByRole('link', { name: 'Liepāja Social Service' })).toHaveAttribute('href', '/organisations/org-1');
    expect(screen.queryByRole('link', { name: 'How to join the network' })).not.toBeInTheDocument();
  });
});
