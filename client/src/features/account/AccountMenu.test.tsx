import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { viewerNode } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { AccountMenu, SignOutMutation } from './AccountMenu';
import { AwaitingRequestCountQuery } from '../counterpart-requests/AwaitingRequestsBadge';
import { PendingApprovalCountQuery } from '../invitations/usePendingApprovalCount';
import { ViewerQuery } from './useViewer';

describe('AccountMenu', () => {
  it('shows those who approve how many approvals wait for them, on the button and beside Approvals', async () => {
    const user = userEvent.setup();
    renderRoute(<AccountMenu />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode({ can: { approveInvitations: true } }) } } },
        { request: { query: PendingApprovalCountQuery }, result: { data: { pendingApprovalCount: 2, proposedOrganisationCount: 1 } } },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Anna Ozola 3 approvals wait for you' });
    await user.click(button);
    expect(within(screen.getByRole('list', { name: 'Your account' })).getByRole('link', { name: /^Approvals/ })).toHaveAccessibleName(
      'Approvals 3 approvals wait for you',
    );
  });

  it('shows how many counterpart requests await the member, on the button and beside the requests', async () => {
    const user = userEvent.setup();
    renderRoute(<AccountMenu />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
        {
          request: { query: AwaitingRequestCountQuery },
          result: { data: { counterpartRequests: { __typename: 'CounterpartRequestConnection', totalCount: 2 } } },
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Anna Ozola 2 requests await your answer' });
    await user.click(button);
    expect(
      within(screen.getByRole('list', { name: 'Your account' })).getByRole('link', { name: /^Counterpart requests/ }),
    ).toHaveAccessibleName('Counterpart requests 2 requests await your answer');
  });

  it('asks for no count from those who approve nothing', async () => {
    let asked = 0;
    renderRoute(<AccountMenu />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
        {
          request: { query: PendingApprovalCountQuery },
          result: () => {
            asked += 1;
            return { data: { pendingApprovalCount: 2, proposedOrganisationCount: 0 } };
          },
        },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Anna Ozola' })).toBeInTheDocument();
    expect(asked).toBe(0);
  });

  it('offers to sign in, and to come back here afterwards, when signed out', async () => {
    renderRoute(<AccountMenu />, {
      path: '/organisations/:id',
      url: '/organisations/org-1',
      mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer: null } } }],
    });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Forganisations%2Forg-1');
  });

  it('lists only the pages the member may use', async () => {
    const user = userEvent.setup();
    renderRoute(<AccountMenu />, {
      mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer: viewerNode({ can: { proposeMembers: true } }) } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Anna Ozola' }));
    const links = within(screen.getByRole('list', { name: 'Your account' }))
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Account settings', 'Counterpart requests', 'Propose a member']);
  });

  it('shows the admin pages to an admin, opens and closes from the keyboard', async () => {
    const user = userEvent.setup();
    renderRoute(<AccountMenu />, {
      mocks: [
        {
          request: { query: ViewerQuery },
          result: {
            data: {
              viewer: viewerNode({
                networkRole: 'ADMIN',
                can: {
                  inviteMembers: true,
                  proposeMembers: true,
                  approveInvitations: true,
                  administer: true,
                  seeCoverage: true,
                  editOrganisations: true,
                },
              }),
            },
          },
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Anna Ozola' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Your account' });
    expect(within(list).getByRole('link', { name: 'Members' })).toHaveAttribute('href', '/admin/members');
    expect(within(list).getByRole('link', { name: 'Audit log' })).toHaveAttribute('href', '/admin/audit');
    expect(within(list).getByRole('link', { name: 'Approvals' })).toHaveAttribute('href', '/approvals');
    expect(within(list).getByRole('link', { name: 'Coverage' })).toHaveAttribute('href', '/coverage');
    expect(within(list).getByRole('link', { name: 'Organisations I edit' })).toHaveAttribute('href', '/account/organisations');

    await user.tab();
    expect(within(list).getByRole('link', { name: 'Account settings' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Your account' })).not.toBeInTheDocument();
  });

  it('signs out, then shows the sign-in link and goes home', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<AccountMenu />, {
      path: '/account',
      otherRoutes: [{ path: '/', element: <AccountMenu /> }],
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
        { request: { query: SignOutMutation }, result: { data: { signOut: true } } },
        // The store reset re-reads the viewer: now signed out.
        { request: { query: ViewerQuery }, result: { data: { viewer: null } } },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Anna Ozola' }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
