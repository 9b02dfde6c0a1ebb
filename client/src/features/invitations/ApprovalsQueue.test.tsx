import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, latvia } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { ApprovalsQueue, InvitationQueueQuery } from './ApprovalsQueue';
import { ApproveInvitationMutation, DeclineInvitationMutation } from './InvitationCard';

function invitation(id: string, email: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Invitation',
    id,
    email,
    fullName: 'Līga Ozola',
    jobTitle: 'Hotline coordinator',
    kind: 'PROPOSAL',
    status: 'AWAITING_APPROVAL',
    awaitingApprovalBy: 'COUNTRY_COORDINATOR',
    networkRole: 'MEMBER',
    reason: 'Runs the labour-exploitation hotline in Liepāja.',
    newOrganisationName: null,
    createdAt: '2026-03-02T09:30:00Z',
    expiresAt: null,
    country: latvia,
    organisation: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja City Social Service' },
    invitedBy: { __typename: 'Expert', id: 'e9', fullName: 'Jānis Bērziņš' },
    approvedBy: null,
    viewerCan: { __typename: 'InvitationPermissions', approve: true, decline: true, revoke: true, resend: false },
    ...overrides,
  };
}

const awaiting = { status: 'AWAITING_APPROVAL', first: 20 };
const liga = invitation('inv-1', 'liga@example.lv');
const peteris = invitation('inv-2', 'peteris@example.lv', {
  fullName: 'Pēteris Kalns',
  jobTitle: null,
  awaitingApprovalBy: 'ADMIN',
  organisation: null,
  newOrganisationName: 'Kurzeme Shelter',
  reason: 'Coordinates the new shelter.',
});

describe('ApprovalsQueue', () => {
  it('shows whom, their role, who vouches and who approves next; approving asks first, then sends the invitation', async () => {
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
    expect(within(first!).getByRole('heading', { name: 'Līga Ozola' })).toBeInTheDocument();
    expect(first).toHaveTextContent('liga@example.lv');
    expect(first).toHaveTextContent('Proposed by Jānis Bērziņš, who vouches for them');
    expect(first).toHaveTextContent('Hotline coordinator, Liepāja City Social Service · Latvia');
    expect(first).toHaveTextContent('Waits for a coordinator of the country');
    expect(first).toHaveTextContent('Reason: Runs the labour-exploitation hotline in Liepāja.');
    expect(second).toHaveTextContent('New organisation: Kurzeme Shelter · Latvia');
    expect(second).toHaveTextContent('Waits for an administrator');
    expect(screen.getByText('Showing 2 of 2')).toBeInTheDocument();

    await user.click(within(first!).getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve' });
    expect(dialog).toHaveTextContent('Approve the proposal of Līga Ozola? An invitation link is emailed to liga@example.lv.');
    expect(approved).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByTestId('form-success')).toHaveTextContent('Approved: an invitation was emailed to Līga Ozola.');
    expect(approved).toBe(1);
    expect(within(list).queryByText('liga@example.lv')).not.toBeInTheDocument();
    expect(within(list).getByText('peteris@example.lv')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 1')).toBeInTheDocument();
  });

  it('declines (not revokes) with an optional reason, and does nothing when the reader cancels', async () => {
    const user = userEvent.setup();
    let declined = 0;
    renderRoute(<ApprovalsQueue />, {
      mocks: [
        {
          request: { query: InvitationQueueQuery, variables: awaiting },
          result: { data: { invitations: connection('Invitation', [liga]) } },
        },
        {
          request: {
            query: DeclineInvitationMutation,
            variables: { input: { id: 'inv-1', reason: 'Not a frontline role.', confirmations: [] } },
          },
          result: () => {
            declined += 1;
            return { data: { declineInvitation: { ...liga, status: 'REVOKED', awaitingApprovalBy: null } } };
          },
        },
      ],
    });

    expect(await screen.findByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    let dialog = await screen.findByRole('dialog', { name: 'Decline' });
    expect(dialog).toHaveTextContent('Decline the proposal of Līga Ozola? The member who proposed them is told by email.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(declined).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Decline' }));
    dialog = await screen.findByRole('dialog', { name: 'Decline' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), '  Not a frontline role. ');
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));

    expect(await screen.findByText('No proposals are waiting for approval.')).toBeInTheDocument();
    expect(declined).toBe(1);
    expect(screen.getByTestId('form-success')).toHaveTextContent('Declined: its author was told by email.');
  });

  it('lists sent invitations on their own tab, with Revoke only where allowed', async () => {
    const user = userEvent.setup();
    const sent = invitation('inv-3', 'karlis@example.lv', {
      kind: 'INVITATION',
      status: 'SENT',
      reason: null,
      awaitingApprovalBy: null,
      viewerCan: { __typename: 'InvitationPermissions', approve: false, decline: false, revoke: true, resend: true },
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
    expect(within(list).getByRole('button', { name: 'Send again' })).toBeInTheDocument();
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
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
    expect(screen.getByText('liga@example.lv')).toBeInTheDocument();
  });
});
