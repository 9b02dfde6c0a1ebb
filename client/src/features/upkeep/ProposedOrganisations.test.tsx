import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latvia } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { ApproveOrganisationMutation, ProposedOrganisations, ProposedOrganisationsQuery } from './ProposedOrganisations';

const proposal = {
  __typename: 'Organisation',
  id: 'org-9',
  name: 'Ventspils Crisis Centre',
  type: 'NGO',
  proposalReason: 'Sheltered two victims last year.',
  scope: {
    __typename: 'Scope',
    level: 'LOCAL',
    country: latvia,
    municipality: { __typename: 'Municipality', id: 'm-1', name: 'Ventspils' },
  },
  viewerCan: { __typename: 'OrganisationPermissions', approve: true },
};
const listing = (proposals: unknown[]) => ({
  request: { query: ProposedOrganisationsQuery },
  result: { data: { proposedOrganisations: proposals } },
});

describe('ProposedOrganisations', () => {
  it('says when nothing waits', async () => {
    renderRoute(<ProposedOrganisations />, { mocks: [listing([])] });
    expect(await screen.findByText('No proposed organisation waits for you.')).toBeInTheDocument();
  });

  it('shows where and why, and approves one, after which the list is read again', async () => {
    const approve = {
      request: { query: ApproveOrganisationMutation, variables: { id: 'org-9' } },
      result: { data: { approveOrganisation: { __typename: 'Organisation', id: 'org-9', status: 'ACTIVE' } } },
    };
    renderRoute(<ProposedOrganisations />, { mocks: [listing([proposal]), approve, listing([])] });
    const card = await screen.findByRole('listitem', { name: 'Ventspils Crisis Centre' });
    expect(card).toHaveTextContent('Ventspils');
    expect(card).toHaveTextContent('Reason: Sheltered two victims last year.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Approve Ventspils Crisis Centre' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Ventspils Crisis Centre' })).not.toBeInTheDocument());
    expect(screen.getByText('No proposed organisation waits for you.')).toBeInTheDocument();
  });

  it('offers to try again when the list cannot be read', async () => {
    renderRoute(<ProposedOrganisations />, { mocks: [{ request: { query: ProposedOrganisationsQuery }, error: new Error('offline') }] });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
