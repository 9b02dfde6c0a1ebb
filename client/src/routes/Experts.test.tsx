import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExpertDirectoryQuery } from '../features/experts/ExpertList';
import { PlaceFilterCountriesQuery, PlaceFilterMunicipalitiesQuery } from '../features/places/PlaceFilters';
import { ViewerQuery } from '../features/account/useViewer';
import { connection, estonia, expertNode, latvia, liepaja, riga, viewerNode } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { Experts } from './Experts';

function directoryMocks() {
  const requestedFilters: unknown[] = [];
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
    {
      request: { query: PlaceFilterCountriesQuery },
      result: { data: { countries: [latvia, estonia] } },
    },
    {
      request: { query: PlaceFilterMunicipalitiesQuery, variables: { countryCode: 'LV' } },
      result: { data: { municipalities: [riga, liepaja] } },
      delay: 30,
    },
    {
      request: { query: PlaceFilterMunicipalitiesQuery, variables: { countryCode: 'EE' } },
      result: {
        data: { municipalities: [{ __typename: 'Municipality', id: 'mun-tartu', name: 'Tartu' }] },
      },
    },
    {
      // Any filter: answer with one expert and remember what the list asked for.
      request: { query: ExpertDirectoryQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables) => {
        requestedFilters.push(variables['filter']);
        return { data: { experts: connection('Expert', [expertNode('e1', 'Anna Ozola')]) } };
      },
    },
  ];
  return { mocks, requestedFilters };
}

// The directory is for members: it shows once the (mocked) viewer is known to be signed in.
async function renderExperts(url = '/experts') {
  const { mocks, requestedFilters } = directoryMocks();
  const view = renderRoute(<Experts />, { mocks, path: '/experts', url });
  await screen.findByRole('combobox', { name: 'Country' });
  return { ...view, requestedFilters };
}

describe('expert directory filters', () => {
  it('enables the municipality only once a country is chosen, and writes both to the URL', async () => {
    const user = userEvent.setup();
    const { router, requestedFilters } = await renderExperts();
    const country = screen.getByRole('combobox', { name: 'Country' });
    const municipality = screen.getByRole('combobox', { name: /^Municipality/ });

    expect(municipality).toBeDisabled();
    expect(screen.getByText('Choose a country first')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Latvia' });

    await user.selectOptions(country, 'Latvia');
    expect(searchOf(router)).toEqual({ country: 'LV' });
    await waitFor(() => expect(municipality).toBeEnabled());
    // Options come from municipalities(countryCode: "LV"), sorted by name.
    expect(
      within(municipality)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All municipalities', 'Liepāja', 'Riga']);

    await user.selectOptions(municipality, 'Liepāja');
    expect(searchOf(router)).toEqual({ country: 'LV', municipality: 'mun-liepaja' });
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ countryCode: 'LV', municipalityId: 'mun-liepaja' }));
  });

  it('drops the municipality when the country changes', async () => {
    const user = userEvent.setup();
    const { router } = await renderExperts('/experts?country=LV&municipality=mun-liepaja&role=CASE_MANAGER');
    await screen.findByRole('option', { name: 'Estonia' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Estonia');

    expect(searchOf(router)).toEqual({ country: 'EE', role: 'CASE_MANAGER' });
    expect(await screen.findByRole('option', { name: 'Tartu' })).toBeInTheDocument();
  });

  it('writes the search text to the URL after typing stops, within the length limit', async () => {
    const user = userEvent.setup();
    const { router, requestedFilters } = await renderExperts();
    const search = screen.getByRole('searchbox', { name: /^Search/ });
    expect(search).toHaveAttribute('maxlength', '200');

    await user.type(search, 'Liepaja');
    // Not per keystroke: the URL (and the query) change once, after the pause.
    expect(searchOf(router)).toEqual({});
    await waitFor(() => expect(searchOf(router)).toEqual({ q: 'Liepaja' }));
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ text: 'Liepaja' }));
    expect(requestedFilters).not.toContainEqual({ text: 'Liep' });
  });

  it('clears every filter, in the URL and in the controls', async () => {
    const user = userEvent.setup();
    const { router } = await renderExperts('/experts?q=ozola&country=LV&municipality=mun-liepaja&language=lv');
    const municipality = screen.getByRole('combobox', { name: /^Municipality/ });
    await waitFor(() => expect(municipality).toHaveValue('mun-liepaja'));
    expect(screen.getByRole('searchbox', { name: /^Search/ })).toHaveValue('ozola');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(searchOf(router)).toEqual({});
    expect(screen.getByRole('searchbox', { name: /^Search/ })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('');
    expect(municipality).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });

  it('ignores values in the URL that are not in the vocabulary', async () => {
    const { requestedFilters } = await renderExperts('/experts?role=NOT_A_ROLE&service=HOTLINE');
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ service: 'HOTLINE' }));
  });
});

describe('expert directory for visitors', () => {
  it('asks an anonymous visitor to sign in instead of showing an error, and never asks for experts', async () => {
    let expertsRequested = false;
    renderRoute(<Experts />, {
      path: '/experts',
      url: '/experts?country=LV',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: null } } },
        {
          request: { query: ExpertDirectoryQuery, variables: () => true },
          result: () => {
            expertsRequested = true;
            return { errors: [{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }] };
          },
        },
      ],
    });

    expect(await screen.findByText(/Sign in to see the expert directory/)).toBeInTheDocument();
    // Back to this very directory (with its filters) after signing in.
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent('/experts?country=LV')}`,
    );
    expect(screen.queryByRole('combobox', { name: 'Country' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
    expect(expertsRequested).toBe(false);
  });

  it('shows the same state when the session ends while the directory is open', async () => {
    renderRoute(<Experts />, {
      path: '/experts',
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
        { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [latvia] } } },
        {
          request: { query: ExpertDirectoryQuery, variables: { filter: {}, first: 20 } },
          result: { errors: [{ message: 'Sign in to do this', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    expect(await screen.findByText(/Sign in to see the expert directory/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
