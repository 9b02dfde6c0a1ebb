import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { InvitationQueueQuery } from '../features/invitations/ApprovalsQueue';
import { connection, latvia, viewerNode } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { AdminMembers } from './AdminMembers';

const admin = viewerNode({ networkRole: 'ADMIN', totpEnabled: true, can: { administer: true } });

const sent = {
  __typename: 'Invitation',
  id: 'inv-3',
  email: 'karlis@example.lv',
  fullName: 'Kārlis Ozols',
  jobTitle: null,
  kind: 'INVITATION',
  status: 'SENT',
  awaitingApprovalBy: null,
  networkRole: 'MEMBER',
  reason: null,
  newOrganisationName: null,
  createdAt: '2026-03-02T09:30:00Z',
  expiresAt: '2026-03-09T09:30:00Z',
  country: latvia,
  organisation: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja City Social Service' },
  invitedBy: { __typename: 'Expert', id: 'e9', fullName: 'Jānis Bērziņš' },
  approvedBy: { __typename: 'Expert', id: 'e9', fullName: 'Jānis Bērziņš' },
  viewerCan: { __typename: 'InvitationPermissions', approve: false, decline: false, revoke: true, resend: true },
};

describe('AdminMembers', () => {
  it('shows the pending invitations under the "Invited" filter: invited people have no account yet', async () => {
    renderRoute(<AdminMembers />, {
      path: '/admin/members',
      url: '/admin/members?status=INVITED',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: admin } } },
        {
          request: { query: InvitationQueueQuery, variables: { status: 'AWAITING_APPROVAL', first: 20 } },
          result: { data: { invitations: connection('Invitation', []) } },
        },
        {
          request: { query: InvitationQueueQuery, variables: { status: 'SENT', first: 20 } },
          result: { data: { invitations: connection('Invitation', [sent]) } },
        },
      ],
    });
    const list = await screen.findByRole('list', { name: 'Sent invitations' });
    expect(within(list).getByRole('heading', { name: 'Kārlis Ozols' })).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Send again' })).toBeInTheDocument();
    expect(await screen.findByText('No proposals are waiting for approval.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Members' })).not.toBeInTheDocument();
  });
});
