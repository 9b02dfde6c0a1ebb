import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { UpdateOrganisationMutation } from '../features/organisations/OrganisationEditForm';
import { viewerNode } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { OrganisationEdit, OrganisationEditQuery } from './OrganisationEdit';

const id = 'org-1';
const hotlineId = 'svc-1';

function organisation(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Organisation',
    id,
    version,
    name: 'Liepāja Crisis Centre',
    acronym: null,
    description: 'Help around the clock.',
    website: 'https://liepaja.example.org/',
    phone: '+37167000001',
    email: 'help@liepaja.example.org',
    type: 'NGO',
    publiclyListed: true,
    status: 'ACTIVE',
    lastConfirmedAt: '2026-11-01T10:00:00.000Z',
    scope: {
      __typename: 'Scope',
      level: 'LOCAL',
      country: { __typename: 'Country', code: 'LV' },
      municipality: { __typename: 'Municipality', id: 'mun-liepaja' },
    },
    viewerCan: { __typename: 'OrganisationPermissions', edit: true, confirm: true, close: false, merge: false },
    services: [
      {
        __typename: 'OrganisationService',
        id: hotlineId,
        kind: 'HOTLINE',
        hotline: '+37180000001',
        capacity: null,
        targetGroups: [],
        languages: ['lv'],
        available24x7: true,
        formsOfExploitation: [],
        description: null,
        address: null,
      },
    ],
    ...overrides,
  };
}

// Everything the form sends for the organisation above, with the given changes.
function input(expectedVersion: number, changes: Record<string, unknown> = {}) {
  return {
    id,
    expectedVersion,
    name: 'Liepāja Crisis Centre',
    acronym: null,
    description: 'Help around the clock.',
    website: 'https://liepaja.example.org/',
    phone: '+37167000001',
    email: 'help@liepaja.example.org',
    services: [{ id: hotlineId, hotline: '+37180000001' }],
    confirmations: [],
    ...changes,
  };
}

const signedIn = { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } };
const loaded = (version: number, overrides: Record<string, unknown> = {}) => ({
  request: { query: OrganisationEditQuery, variables: { id } },
  result: { data: { organisation: organisation(version, overrides) } },
});

function renderEdit(mocks: readonly MockLink.MockedResponse[]) {
  return renderRoute(<OrganisationEdit />, { path: '/organisations/:id/edit', url: `/organisations/${id}/edit`, mocks });
}

async function replace(label: RegExp | string, text: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  if (text) await user.type(field, text);
  return user;
}

describe('organisation edit form', () => {
  it('fills the form from the organisation, its public contact and hotlines', async () => {
    renderEdit([signedIn, loaded(3)]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Liepāja Crisis Centre' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Liepāja Crisis Centre');
    expect(screen.getByLabelText(/^Phone/)).toHaveValue('+37167000001');
    expect(screen.getByLabelText('E-mail')).toHaveValue('help@liepaja.example.org');
    expect(screen.getByLabelText('Website')).toHaveValue('https://liepaja.example.org/');
    expect(screen.getByLabelText(/^Hotline: Hotline/)).toHaveValue('+37180000001');
  });

  it('says what is wrong next to the field, moves focus there, and sends nothing', async () => {
    renderEdit([signedIn, loaded(3)]);
    const user = await replace(/^Phone/, '6700 0000');
    await replace(/^Hotline: Hotline/, 'call us');
    await user.click(screen.getByRole('button', { name: 'Save the organisation' }));
    const phone = screen.getByLabelText(/^Phone/);
    expect(phone).toHaveAccessibleDescription(/Enter the phone number with its country code/);
    expect(screen.getByLabelText(/^Hotline: Hotline/)).toHaveAccessibleDescription(/Enter the hotline number with its country code/);
    await waitFor(() => expect(phone).toHaveFocus());
  });

  it('saves and says so next to the Save button', async () => {
    renderEdit([
      signedIn,
      loaded(3),
      {
        request: { query: UpdateOrganisationMutation, variables: { input: input(3, { phone: '+371 6700 0099' }) } },
        result: { data: { updateOrganisation: organisation(4, { phone: '+37167000099' }) } },
      },
    ]);
    const user = await replace(/^Phone/, '+371 6700 0099');
    await user.click(screen.getByRole('button', { name: 'Save the organisation' }));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('The organisation was saved.');
    // Right after the button, where the reader is looking.
    expect(screen.getByRole('button', { name: 'Save the organisation' }).closest('div')!.nextElementSibling).toBe(status);
  });

  it('shows the server’s field errors next to their fields and focuses the first', async () => {
    renderEdit([
      signedIn,
      loaded(3),
      {
        request: { query: UpdateOrganisationMutation, variables: { input: input(3, { email: 'help@liepaja.example' }) } },
        result: {
          errors: [
            {
              message: 'Enter an e-mail address like name@example.org',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'email', message: 'Enter an e-mail address like name@example.org' }],
              },
            },
          ],
        },
      },
    ]);
    const user = await replace('E-mail', 'help@liepaja.example');
    await user.click(screen.getByRole('button', { name: 'Save the organisation' }));
    const email = screen.getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter an e-mail address like name@example.org'));
    await waitFor(() => expect(email).toHaveFocus());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('on CONFLICT keeps the edits, explains, and reloads the newer version on request', async () => {
    renderEdit([
      signedIn,
      loaded(3),
      {
        request: { query: UpdateOrganisationMutation, variables: { input: input(3, { phone: '+371 6700 0099' }) } },
        result: { errors: [{ message: 'Someone else changed this organisation', extensions: { code: 'CONFLICT' } }] },
      },
      loaded(4, { phone: '+37167000042' }),
    ]);
    const user = await replace(/^Phone/, '+371 6700 0099');
    await user.click(screen.getByRole('button', { name: 'Save the organisation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this organisation while you were editing it.');
    expect(screen.getByLabelText(/^Phone/)).toHaveValue('+371 6700 0099');
    await user.click(screen.getByRole('button', { name: 'Reload the organisation' }));
    await waitFor(() => expect(screen.getByLabelText(/^Phone/)).toHaveValue('+37167000042'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('tells a member who may not edit it so, without a form', async () => {
    renderEdit([
      signedIn,
      loaded(3, { viewerCan: { __typename: 'OrganisationPermissions', edit: false, confirm: false, close: false, merge: false } }),
    ]);
    expect(await screen.findByText(/You may not edit this organisation/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });
});

/** Replaces a field's text at once, as a paste does: long texts typed key by key are slow on a busy machine. */
async function paste(label: string, text: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText(label);
  await user.clear(field);
  await user.paste(text);
  return user;
}

describe('organisation edit form and the victim-data guardrail', () => {
  it('flags an unknown phone in the description but not the organisation’s own, and removes it on request', async () => {
    const description = 'Call us on +37167000001. A girl called Anna gave us +48 601 234 567.';
    renderEdit([signedIn, loaded(3)]);
    const user = await paste('Description', description);
    const panel = await screen.findByRole('region', { name: "Victims' personal data in “Description”" });
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Name next to a case word: Anna', 'Phone number: +48 601 234 567']);
    await user.click(within(panel).getByRole('button', { name: 'Remove “+48 601 234 567” from the text' }));
    expect(screen.getByLabelText('Description')).toHaveValue('Call us on +37167000001. A girl called Anna gave us.');
  });

  it('sends the confirmed findings with the description', async () => {
    const description = 'A girl called Anna asked for help.';
    renderEdit([
      signedIn,
      loaded(3),
      {
        request: {
          query: UpdateOrganisationMutation,
          variables: { input: input(3, { description, confirmations: [{ kind: 'NAME_WITH_CASE_WORD', text: 'Anna' }] }) },
        },
        result: { data: { updateOrganisation: organisation(4, { description }) } },
      },
    ]);
    const user = await paste('Description', description);
    const panel = await screen.findByRole('region', { name: "Victims' personal data in “Description”" });
    await user.click(within(panel).getByRole('button', { name: "This is not a victim's personal data: “Anna”" }));
    await user.click(screen.getByRole('button', { name: 'Save the organisation' }));
    expect(await screen.findByText('The organisation was saved.')).toBeInTheDocument();
  });
});
