import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { PlaceFilterCountriesQuery, PlaceFilterMunicipalitiesQuery } from '../places/PlaceFilters';
import { CreateForumMutation, ForumsQuery } from './forumDocuments';
import { NewForumForm } from './NewForumForm';

const sent: Record<string, unknown>[] = [];

describe('NewForumForm', () => {
  it('asks for the scope a local forum needs, then creates it with its own id and opens it', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<NewForumForm />, {
      path: '/forums/new',
      otherRoutes: [{ path: '/forums/:slug', element: <h1>Forum page</h1> }],
      mocks: [
        {
          request: { query: PlaceFilterCountriesQuery },
          result: { data: { countries: [{ __typename: 'Country', code: 'LV', name: 'Latvia' }] } },
        },
        {
          request: { query: PlaceFilterMunicipalitiesQuery, variables: { countryCode: 'LV' } },
          result: { data: { municipalities: [{ __typename: 'Municipality', id: 'm-riga', name: 'Riga' }] } },
        },
        {
          request: {
            query: CreateForumMutation,
            variables: (variables: { input: Record<string, unknown> }) => {
              sent.push(variables.input);
              return true;
            },
          },
          result: { data: { createForum: { __typename: 'Forum', id: 'f-1', slug: 'riga-working-group' } } },
        },
        { request: { query: ForumsQuery }, result: { data: { forums: [] } } },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Riga working group');
    expect(screen.getByRole('textbox', { name: /^Address/ })).toHaveValue('riga-working-group');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'LOCAL');
    await user.click(screen.getByRole('button', { name: 'Create the forum' }));
    expect(screen.getByRole('combobox', { name: /^Country/ })).toHaveFocus();
    expect(screen.getByText('Choose the country.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Country/ }), await screen.findByRole('option', { name: 'Latvia' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Municipality/ }), await screen.findByRole('option', { name: 'Riga' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Who may read it/ }), 'GROUP');
    await user.click(screen.getByRole('button', { name: 'Create the forum' }));
    expect(await screen.findByRole('heading', { name: 'Forum page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/forums/riga-working-group');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      title: 'Riga working group',
      slug: 'riga-working-group',
      level: 'LOCAL',
      countryCode: 'LV',
      municipalityId: 'm-riga',
      visibility: 'GROUP',
      description: null,
    });
    expect(sent[0]!['id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
