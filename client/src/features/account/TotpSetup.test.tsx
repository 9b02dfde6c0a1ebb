import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { BeginTotpSetupMutation, TotpSetup } from './TotpSetup';

const SETUP = {
  __typename: 'TotpSetup',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/Strom:anna',
  qrCodeSvg: '<svg/>',
};

describe('TotpSetup', () => {
  it('asks for the password before it starts the setup', async () => {
    const user = userEvent.setup();
    renderRoute(<TotpSetup viewerId="user-1" />, {
      mocks: [
        {
          request: { query: BeginTotpSetupMutation, variables: { password: 'my long passphrase' } },
          result: { data: { beginTotpSetup: SETUP } },
        },
      ],
    });
    const begin = await screen.findByRole('button', { name: 'Set up two-factor authentication' });
    expect(begin).toBeDisabled();
    await user.type(screen.getByLabelText(/current password/i), 'my long passphrase');
    await user.click(begin);
    expect(await screen.findByRole('img', { name: /QR code/ })).toBeInTheDocument();
  });

  it('says so when the password is wrong', async () => {
    const user = userEvent.setup();
    renderRoute(<TotpSetup viewerId="user-1" />, {
      mocks: [
        {
          request: { query: BeginTotpSetupMutation, variables: { password: 'a wrong one' } },
          result: { errors: [{ message: 'The password is not right', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    await user.type(await screen.findByLabelText(/current password/i), 'a wrong one');
    await user.click(screen.getByRole('button', { name: 'Set up two-factor authentication' }));
    expect(await screen.findByText('The password is not right.')).toBeInTheDocument();
  });
});
