import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../features/invitations/AcceptInvitation';
import { renderRoute } from '../test/render';
import { AcceptInvitation } from './AcceptInvitation';

const token = 'tok-123';
const preview = {
  __typename: 'InvitationPreview',
  email: 'liga.kalnina@example.lv',
  organisationName: 'Liepāja City Social Service',
  countryName: 'Latvia',
  expiresAt: '2030-05-01T12:00:00Z',
};

function renderAccept(mocks: readonly MockLink.MockedResponse[], url = `/invitations/accept?token=${token}`) {
  return renderRoute(<AcceptInvitation />, {
    mocks,
    path: '/invitations/accept',
    url,
    otherRoutes: [{ path: '/account', element: <p>Account settings page</p> }],
  });
}

describe('accepting an invitation', () => {
  it('says plainly that a bad, used or expired link is not valid any more', async () => {
    renderAccept([
      {
        request: { query: InvitationPreviewQuery, variables: { token } },
        result: { errors: [{ message: 'This invitation link is not valid any more', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    expect(await screen.findByText('This invitation link is not valid any more.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Full name/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('treats a link without a token as not valid', () => {
    renderAccept([], '/invitations/accept');
    expect(screen.getByText('This invitation link is not valid any more.')).toBeInTheDocument();
  });

  it('shows the invitation, holds a short password back, then creates the account and opens the settings', async () => {
    const user = userEvent.setup();
    let accepted = 0;
    const { router } = renderAccept([
      { request: { query: InvitationPreviewQuery, variables: { token } }, result: { data: { invitationPreview: preview } } },
      {
        request: {
          query: AcceptInvitationMutation,
          variables: { input: { token, fullName: 'Līga Kalniņa', password: 'a long enough passphrase' } },
        },
        result: () => {
          accepted += 1;
          return { data: { acceptInvitation: { __typename: 'Viewer', id: 'user-2' } } };
        },
      },
    ]);

    expect(await screen.findByText('Liepāja City Social Service')).toBeInTheDocument();
    expect(screen.getByText('Latvia')).toBeInTheDocument();
    const emailField = screen.getByLabelText(/^Email address/);
    expect(emailField).toHaveValue('liga.kalnina@example.lv');
    expect(emailField).toHaveAttribute('autocomplete', 'username');

    const password = screen.getByLabelText(/^Choose a password/);
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByText('At least 12 characters. Common passwords are not accepted.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Full name/), 'Līga Kalniņa');
    await user.type(password, 'too short');
    await user.type(screen.getByLabelText(/^Repeat the password/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(accepted).toBe(0);

    await user.clear(password);
    await user.type(password, 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(accepted).toBe(0);

    await user.clear(screen.getByLabelText(/^Repeat the password/));
    await user.type(screen.getByLabelText(/^Repeat the password/), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    // The settings open with the welcome for a new member.
    expect(router.state.location.search).toBe('?welcome');
    expect(accepted).toBe(1);
  });

  it('shows the server’s password rule next to the password field', async () => {
    const user = userEvent.setup();
    renderAccept([
      { request: { query: InvitationPreviewQuery, variables: { token } }, result: { data: { invitationPreview: preview } } },
      {
        request: { query: AcceptInvitationMutation, variables: { input: { token, fullName: 'Līga', password: 'password1234' } } },
        result: {
          errors: [
            {
              message: 'This password is too common',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password', message: 'This password is too common.' }] },
            },
          ],
        },
      },
    ]);
    await user.type(await screen.findByLabelText(/^Full name/), 'Līga');
    await user.type(screen.getByLabelText(/^Choose a password/), 'password1234');
    await user.type(screen.getByLabelText(/^Repeat the password/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('This password is too common.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Choose a password/)).toHaveAccessibleDescription(/This password is too common\./);
  });
});
