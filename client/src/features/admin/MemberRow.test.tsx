import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import { renderRoute } from '../../test/render';
import { MemberRow, MemberRowFragment, ResetTwoFactorMutation } from './MemberRow';

const member = makeFragmentData(
  {
    __typename: 'Member',
    id: 'user-7',
    email: 'inga@example.lv',
    status: 'ACTIVE',
    networkRole: 'COORDINATOR',
    country: { __typename: 'Country', code: 'LV', name: 'Latvia' },
    expert: { __typename: 'Expert', id: 'e-7', fullName: 'Inga Liepa' },
  },
  MemberRowFragment,
);

describe('MemberRow', () => {
  it('lets an admin reset a member’s two-factor authentication after confirming, and says it was done', async () => {
    const user = userEvent.setup();
    renderRoute(<MemberRow member={member} />, {
      mocks: [{ request: { query: ResetTwoFactorMutation, variables: { userId: 'user-7' } }, result: { data: { resetTwoFactor: true } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Reset two-factor' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset two-factor' }));
    expect(await screen.findByText('Two-factor authentication is off for Inga Liepa; they were mailed.')).toBeInTheDocument();
  });
});
