import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, latvia } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { ApprovalsQueue, InvitationQueueQuery } from './ApprovalsQueue';
import { ApproveInvitationMutation, RevokeInvitationMutation } from './InvitationCard';

function invitation(id: string, email: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invitation',
    id,
    email,
    kind: 'PROPOSAL',
    status: 'AWAITING_APPROVAL',
    networkRole: 'MEMBER',
    reason: 'Runs the labour-exploitation hotline in Liepāja.',
    newOrganisationName: null,
    createdAt: '2026-03-02T09:30:00Z',
    expiresAt: null,
    country: latvia,
    organisation: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja City Social Service' },
    invitedBy: { __typename: 'Expert', id: 'e9', fullName: 'Jānis Bērziņš' },
    approvedBy: null,
    viewerCan: { __typename: 'InvitationPermissions', approve: true, revoke: true },
    ...overrides,
  };
}

const awaiting = { status: 'AWAITING_APPROVAL', first: 20 };
const liga = invitation('inv-1', 'liga@example.lv');
const peteris = invitation('inv-2', 'peteris@example.lv', {
  organisation: null,
  newOrganisationName: 'Kurzeme Shelter',
  reason: 'Coordinates the new shelter.',
});

describe('ApprovalsQueue', () => {
  it('shows who proposed whom, for which organisation and country, and why; approving sends the invitation', async () => {
    const user = userEvent.setup();
    let approved = 0;
    renderRoute(<ApprovalsQueue />, {
      mocks: [
        {
          request: { query: InvitationQueueQuery, variables: awaiting },
          result: { data: { invitations: connection('Invitation', [liga, peteris]) } },
        },
        {
          request: { query: ApproveInvitationMutation, variables: { id: 'inv-1' } },
          result: () => {
            approved += 1;
            return { data: { approveInvitation: { ...liga, status: 'SENT', expiresAt: '2026-03-16T09:30:00Z' } } };
          },
        },
      ],
    });

    const list = await screen.findByRole('list', { name: 'Awaiting approval' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('liga@example.lv');
    expect(first).toHaveTextContent('Proposed by Jānis Bērziņš');
    expect(first).toHaveTextContent('Liepāja City Social Service · Latvia');
    expect(first).toHaveTextContent('Reason: Runs the labour-exploitation hotline in Liepāja.');
    expect(second).toHaveTextContent('New organisation: Kurzeme Shelter · Latvia');
    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();

    await user.click(within(first!).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByTestId('form-success')).toHaveTextContent('Approved: an invitation was emailed to liga@example.lv.');
    expect(approved).toBe(1);
    expect(within(list).queryByText('liga@example.lv')).not.toBeInTheDocument();
    expect(within(list).getByText('peteris@example.lv')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 1')).toBeInTheDocument();
  });

  it('asks before revoking, and does nothing when the reader cancels', async () => {
    const user = userEvent.setup();
    let revoked = 0;
    renderRoute(<ApprovalsQueue />, {
      mocks: [
        {
          request: { query: InvitationQueueQuery, variables: awaiting },
          result: { data: { invitations: connection('Invitation', [liga]) } },
        },
        {
          request: { query: RevokeInvitationMutation, variables: { id: 'inv-1' } },
          result: () => {
            revoked += 1;
            return { data: { revokeInvitation: { ...liga, status: 'REVOKED' } } };
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Revoke' }));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke' });
    expect(dialog).toHaveTextContent('Revoke the invitation for liga@example.lv?');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(revoked).toBe(0);
    expect(screen.getByText('liga@example.lv')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Revoke' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    expect(await screen.findByText('No proposals are waiting for approval.')).toBeInTheDocument();
    expect(revoked).toBe(1);
    expect(screen.getByTestId('form-success')).toHaveTextContent('The invitation for liga@example.lv was revoked.');
  });

  it('lists sent invitations on their own tab, with Revoke only where allowed', async () => {
    const user = userEvent.setup();
    const sent = invitation('inv-3', 'karlis@example.lv', {
      kind: 'INVITATION',
      status: 'SENT',
      reason: null,
      viewerCan: { __typename: 'InvitationPermissions', approve: false, revoke: true },
    });
    renderRoute(<ApprovalsQueue />, {
      mocks: [
        { request: { query: InvitationQueueQuery, variables: awaiting }, result: { data: { invitations: connection('Invitation', []) } } },
        {
          request: { query: InvitationQueueQuery, variables: { status: 'SENT', first: 20 } },
          result: { data: { invitations: connection('Invitation', [sent]) } },
        },
      ],
    });

    expect(await screen.findByText('No proposals are waiting for approval.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Sent invitations' }));
    const list = await screen.findByRole('list', { name: 'Sent invitations' });
    expect(list).toHaveTextContent('karlis@example.lv');
    expect(list).toHaveTextContent('Invited by Jānis Bērziņš');
    expect(within(list).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
  });

  it('keeps an invitation listed and says why when approving fails', async () => {
    const user = userEvent.setup();
    renderRoute(<ApprovalsQueue />, {
      mocks: [
        {
          request: { query: InvitationQueueQuery, variables: awaiting },
          result: { data: { invitations: connection('Invitation', [liga]) } },
        },
        {
          request: { query: ApproveInvitationMutation, variables: { id: 'inv-1' } },
          result: { errors: [{ message: 'Not yours', extensions: { code: 'FORBIDDEN' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByText('liga@example.lv')).toBeInTheDocument();
  });
});
