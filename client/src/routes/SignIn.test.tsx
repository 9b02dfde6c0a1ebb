import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SignInMutation } from '../features/auth/useSignIn';
import { renderRoute } from '../test/render';
import { SignIn } from './SignIn';

const email = 'anna.ozola@example.lv';
const password = 'correct horse battery';

function signInMock(input: Record<string, string>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: SignInMutation, variables: { input } }, result };
}

const signedIn = { data: { signIn: { __typename: 'SignInPayload', totpRequired: false, viewer: { __typename: 'Viewer', id: 'user-1' } } } };
const codeRequired = { data: { signIn: { __typename: 'SignInPayload', totpRequired: true, viewer: null } } };
const wrongCredentials = { errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }] };

function renderSignIn(mocks: readonly MockLink.MockedResponse[], url = '/sign-in?next=%2Fexperts%3Fcountry%3DLV') {
  return renderRoute(<SignIn />, {
    mocks,
    path: '/sign-in',
    url,
    otherRoutes: [
      { path: '/experts', element: <p>Expert directory</p> },
      { path: '/', element: <p>Home page</p> },
    ],
  });
}

async function submitPassword(user: ReturnType<typeof userEvent.setup>, address = email, secret = password) {
  await user.type(screen.getByLabelText(/^Email address/), address);
  await user.type(screen.getByLabelText(/^Password/), secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('asks for the authenticator code when the account has one, then returns to the page it came from', async () => {
    const user = userEvent.setup();
    const { router } = renderSignIn([
      signInMock({ email, password }, codeRequired),
      signInMock({ email, password, totpCode: '123456' }, signedIn),
    ]);

    expect(screen.getByLabelText(/^Email address/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('autocomplete', 'current-password');
    await submitPassword(user);

    const code = await screen.findByLabelText(/^6-digit code/);
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await waitFor(() => expect(code).toHaveFocus());
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/experts'));
    expect(router.state.location.search).toBe('?country=LV');
    expect(await screen.findByText('Expert directory')).toBeInTheDocument();
  });

  it('accepts a recovery code instead of the app code', async () => {
    const user = userEvent.setup();
    const { router } = renderSignIn([
      signInMock({ email, password }, codeRequired),
      signInMock({ email, password, recoveryCode: 'abcd-efgh' }, signedIn),
    ]);
    await submitPassword(user);
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByLabelText(/^Recovery code/), 'abcd-efgh');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/experts'));
  });

  it('says that a code is wrong and lets the reader try again', async () => {
    const user = userEvent.setup();
    renderSignIn([
      signInMock({ email, password }, codeRequired),
      signInMock(
        { email, password, totpCode: '000000' },
        { errors: [{ message: 'Invalid code', extensions: { code: 'UNAUTHENTICATED' } }] },
      ),
    ]);
    await submitPassword(user);
    await user.type(await screen.findByLabelText(/^6-digit code/), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right or has expired');
    expect(screen.getByLabelText(/^6-digit code/)).toBeInTheDocument();
  });

  it('gives the same message for an unknown email and a wrong password', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    renderSignIn([
      signInMock({ email: 'nobody@example.org', password }, wrongCredentials),
      signInMock({ email, password: 'wrong password!' }, () => {
        attempts += 1;
        return { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT' } }] };
      }),
    ]);

    await submitPassword(user, 'nobody@example.org');
    const unknownEmail = (await screen.findByRole('alert')).textContent;
    expect(unknownEmail).toBe(
      "The email address or the password is not right. If your account was suspended, contact your country's coordinator.",
    );

    await user.clear(screen.getByLabelText(/^Email address/));
    await user.clear(screen.getByLabelText(/^Password/));
    await submitPassword(user, email, 'wrong password!');
    await waitFor(() => expect(attempts).toBe(1));
    expect(await screen.findByRole('alert')).toHaveTextContent(unknownEmail ?? '');
    expect(screen.queryByLabelText(/^6-digit code/)).not.toBeInTheDocument();
  });

  it('tells a rate-limited reader how long to wait, in minutes', async () => {
    const user = userEvent.setup();
    renderSignIn([
      signInMock(
        { email, password },
        { errors: [{ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 541 } }] },
      ),
    ]);
    await submitPassword(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in 10 minutes.');
  });

  it('never follows a next address to another site', async () => {
    const user = userEvent.setup();
    const { router } = renderSignIn([signInMock({ email, password }, signedIn)], '/sign-in?next=%2F%2Fevil.example%2Fphish');
    await submitPassword(user);
    await waitFor(() => expect(screen.getByText('Home page')).toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/');
  });
});
