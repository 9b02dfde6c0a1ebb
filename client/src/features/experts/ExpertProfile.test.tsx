import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { ExpertProfile, ExpertProfileQuery } from './ExpertProfile';

describe('ExpertProfile', () => {
  it('treats a malformed id (BAD_USER_INPUT) as a profile that does not exist', async () => {
    renderRoute(<ExpertProfile id="not-a-uuid" />, {
      mocks: [
        {
          request: { query: ExpertProfileQuery, variables: { id: 'not-a-uuid' } },
          result: { errors: [{ message: 'Invalid id', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Expert not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the expert directory' })).toHaveAttribute('href', '/experts');
  });

  it('shows not found when the expert is null', async () => {
    renderRoute(<ExpertProfile id="gone" />, {
      mocks: [
        {
          request: { query: ExpertProfileQuery, variables: { id: 'gone' } },
          result: { data: { expert: null } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Expert not found' })).toBeInTheDocument();
  });

  it('does not mistake a server failure for a missing profile', async () => {
    renderRoute(<ExpertProfile id="e1" />, {
      mocks: [
        {
          request: { query: ExpertProfileQuery, variables: { id: 'e1' } },
          result: { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('Expert not found')).not.toBeInTheDocument();
  });
});
