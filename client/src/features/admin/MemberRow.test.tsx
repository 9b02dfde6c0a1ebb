import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { MemberRow_MemberFragment } from '../../gql/graphql';
import { renderRoute } from '../../test/render';
import { ChangeMemberRoleMutation, MemberRow, MemberRowFragment, ResetTwoFactorMutation } from './MemberRow';

const memberNode = (overrides: Partial<MemberRow_MemberFragment> = {}): MemberRow_MemberFragment => ({
  __typename: 'Member',
  id: 'user-7',
  email: 'inga@example.lv',
  status: 'ACTIVE',
  networkRole: 'COORDINATOR',
  twoFactorEnabled: true,
  viewerCan: { __typename: 'MemberPermissions', suspend: true, changeRole: true, resetTwoFactor: true },
  country: { __typename: 'Country', code: 'LV', name: 'Latvia' },
  expert: { __typename: 'Expert', id: 'e-7', fullName: 'Inga Liepa' },
  ...overrides,
});
const member = (overrides: Partial<MemberRow_MemberFragment> = {}) => makeFragmentData(memberNode(overrides), MemberRowFragment);

describe('MemberRow', () => {
  it('lets an admin reset a member’s two-factor authentication after confirming, and says it was done', async () => {
    const user = userEvent.setup();
    renderRoute(<MemberRow member={member()} />, {
      mocks: [{ request: { query: ResetTwoFactorMutation, variables: { userId: 'user-7' } }, result: { data: { resetTwoFactor: true } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Reset two-factor' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Reset two-factor' }));
    expect(await screen.findByText('Two-factor authentication is off for Inga Liepa; they were mailed.')).toBeInTheDocument();
  });

  it('offers neither suspension nor a role change on the admin’s own row, and no reset without two-factor', async () => {
    const own = { __typename: 'MemberPermissions' as const, suspend: false, changeRole: false, resetTwoFactor: false };
    renderRoute(<MemberRow member={member({ twoFactorEnabled: false, viewerCan: own })} />);
    expect(await screen.findByText(/Two-factor off/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspend' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset two-factor' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Network role of Inga Liepa' })).not.toBeInTheDocument();
  });

  it('changes the network role after a confirmation that names the change', async () => {
    const user = userEvent.setup();
    const changed = memberNode({ networkRole: 'MEMBER' });
    renderRoute(<MemberRow member={member()} />, {
      mocks: [
        {
          request: { query: ChangeMemberRoleMutation, variables: { input: { id: 'user-7', networkRole: 'MEMBER' } } },
          result: { data: { changeMemberRole: changed } },
        },
      ],
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Network role of Inga Liepa' }), 'MEMBER');
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/from Coordinator to Member/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText('Inga Liepa is now Member.')).toBeInTheDocument();
  });
});
