import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { estonia, latvia } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { InvitationForm, InviteMemberMutation, ProposeMemberMutation } from './InvitationForm';
import { InvitationOrganisationsQuery } from './OrganisationChoice';

const organisations = {
  __typename: 'OrganisationConnection',
  totalCount: 1,
  edges: [
    {
      __typename: 'OrganisationEdge',
      node: { __typename: 'Organisation', id: 'org-1', name: 'Liepāja City Social Service', acronym: 'LSS' },
    },
  ],
};

const person = {
  fullName: 'Līga Ozola',
  jobTitle: 'Hotline coordinator',
  email: 'liga@example.lv',
  countryCode: 'LV',
  organisationId: 'org-1',
};
const proposal = { ...person, reason: 'Runs the hotline.', confirmations: [] };

function renderPropose(result: Record<string, unknown>) {
  return renderRoute(<InvitationForm kind="propose" />, {
    mocks: [
      { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [latvia, estonia] } } },
      {
        request: { query: InvitationOrganisationsQuery, variables: { filter: { countryCode: 'LV' }, first: 20 } },
        result: { data: { organisations } },
      },
      { request: { query: ProposeMemberMutation, variables: { input: proposal } }, result },
    ],
  });
}

async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Their name/), 'Līga Ozola');
  await user.type(screen.getByLabelText(/^Email address/), 'liga@example.lv');
  await screen.findByRole('option', { name: 'Latvia' });
  await user.selectOptions(screen.getByRole('combobox', { name: /^Country/ }), 'Latvia');
  const organisation = screen.getByRole('combobox', { name: /^Organisation/ });
  await within(organisation).findByRole('option', { name: 'Liepāja City Social Service (LSS)' });
  await user.selectOptions(organisation, 'org-1');
  await user.type(screen.getByLabelText(/^Their role in the organisation/), 'Hotline coordinator');
}

async function fillProposal(user: ReturnType<typeof userEvent.setup>) {
  await fillPerson(user);
  await user.type(screen.getByLabelText(/^Why this person/), 'Runs the hotline.');
  await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
}

describe('InvitationForm (proposal)', () => {
  it('says what is missing before sending anything', async () => {
    const user = userEvent.setup();
    renderPropose({ data: null });
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect(screen.getByLabelText(/^Their name/)).toHaveAccessibleDescription('Fill this in.');
    expect(screen.getByLabelText(/^Email address/)).toHaveAccessibleDescription('Fill this in.');
    expect(screen.getByLabelText(/^Why this person/)).toHaveAccessibleDescription(/Fill this in\./);
    expect(screen.queryByTestId('form-success')).not.toBeInTheDocument();
  });

  it('sends the proposal and says that it now waits for the coordinator', async () => {
    const user = userEvent.setup();
    renderPropose({
      data: {
        proposeMember: {
          __typename: 'Invitation',
          id: 'inv-1',
          email: 'liga@example.lv',
          status: 'AWAITING_APPROVAL',
          expiresAt: null,
          awaitingApprovalBy: 'COUNTRY_COORDINATOR',
        },
      },
    });
    await fillProposal(user);
    const success = await screen.findByTestId('form-success');
    expect(success).toHaveTextContent('Proposal sent');
    expect(success).toHaveTextContent('waits for approval by a coordinator of the country');
    expect(screen.getByRole('button', { name: 'Propose someone else' })).toBeInTheDocument();
  });

  it('shows a server error about a field the form has no place for at the top', async () => {
    const user = userEvent.setup();
    renderPropose({
      errors: [
        {
          message: 'Choose an existing organisation or describe a new one, not both',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [{ field: 'input.newOrganisation', message: 'Choose an existing organisation or describe a new one, not both' }],
          },
        },
      ],
    });
    await fillProposal(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose an existing organisation or describe a new one, not both');
  });
});

describe('InvitationForm and the victim-data guardrail', () => {
  it('marks victim data in the reason as the member types, and sends the findings the member confirmed', async () => {
    const user = userEvent.setup();
    const reason = 'She helped the victim Anna Kowalska last year.';
    const confirmations = [{ kind: 'NAME_WITH_CASE_WORD', text: 'Anna Kowalska' }];
    renderRoute(<InvitationForm kind="propose" />, {
      mocks: [
        { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [latvia, estonia] } } },
        {
          request: { query: InvitationOrganisationsQuery, variables: { filter: { countryCode: 'LV' }, first: 20 } },
          result: { data: { organisations } },
        },
        {
          request: { query: ProposeMemberMutation, variables: { input: { ...person, reason, confirmations } } },
          result: {
            data: {
              proposeMember: {
                __typename: 'Invitation',
                id: 'inv-1',
                email: 'liga@example.lv',
                status: 'AWAITING_APPROVAL',
                expiresAt: null,
                awaitingApprovalBy: 'COUNTRY_COORDINATOR',
              },
            },
          },
        },
      ],
    });
    await fillPerson(user);
    await user.click(screen.getByLabelText(/^Why this person/));
    await user.paste(reason);
    const panel = await screen.findByRole('region', { name: /^Victims' personal data in “Why this person/ });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Name next to a case word: Anna Kowalska']);
    await user.click(within(panel).getByRole('button', { name: "This is not a victim's personal data: “Anna Kowalska”" }));
    await user.click(screen.getByRole('button', { name: 'Send the proposal' }));
    expect(await screen.findByTestId('form-success')).toHaveTextContent('Proposal sent');
  });
});

describe('InvitationForm (invitation)', () => {
  it('tells a coordinator inviting an administrator that an administrator approves it next', async () => {
    const user = userEvent.setup();
    const input = { ...person, networkRole: 'ADMIN', message: null, confirmations: [] };
    renderRoute(<InvitationForm kind="invite" />, {
      mocks: [
        { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [latvia, estonia] } } },
        {
          request: { query: InvitationOrganisationsQuery, variables: { filter: { countryCode: 'LV' }, first: 20 } },
          result: { data: { organisations } },
        },
        {
          request: { query: InviteMemberMutation, variables: { input } },
          result: {
            data: {
              inviteMember: {
                __typename: 'Invitation',
                id: 'inv-2',
                email: 'liga@example.lv',
                status: 'AWAITING_APPROVAL',
                expiresAt: null,
                awaitingApprovalBy: 'ADMIN',
              },
            },
          },
        },
      ],
    });
    await fillPerson(user);
    await user.selectOptions(screen.getByRole('combobox', { name: /^Role in the network/ }), 'ADMIN');
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));
    const success = await screen.findByTestId('form-success');
    expect(success).toHaveTextContent('waits for approval by an administrator');
    expect(success).not.toHaveTextContent('coordinator of the country');
  });
});
