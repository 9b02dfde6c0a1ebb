import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExpertDirectoryQuery } from '../features/experts/ExpertList';
import { PlaceFilterCountriesQuery, PlaceFilterMunicipalitiesQuery } from '../features/places/PlaceFilters';
import { connection, estonia, expertNode, latvia, liepaja, riga } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { Experts } from './Experts';

function directoryMocks() {
  const requestedFilters: unknown[] = [];
  const mocks: MockLink.MockedResponse[] = [
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

function renderExperts(url = '/experts') {
  const { mocks, requestedFilters } = directoryMocks();
  return { ...renderRoute(<Experts />, { mocks, path: '/experts', url }), requestedFilters };
}

describe('expert directory filters', () => {
  it('enables the municipality only once a country is chosen, and writes both to the URL', async () => {
    const user = userEvent.setup();
    const { router, requestedFilters } = renderExperts();
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
    const { router } = renderExperts('/experts?country=LV&municipality=mun-liepaja&role=CASE_MANAGER');
    await screen.findByRole('option', { name: 'Estonia' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'Estonia');

    expect(searchOf(router)).toEqual({ country: 'EE', role: 'CASE_MANAGER' });
    expect(await screen.findByRole('option', { name: 'Tartu' })).toBeInTheDocument();
  });

  it('writes the search text to the URL after typing stops, within the length limit', async () => {
    const user = userEvent.setup();
    const { router, requestedFilters } = renderExperts();
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
    const { router } = renderExperts('/experts?q=ozola&country=LV&municipality=mun-liepaja&language=lv');
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
    const { requestedFilters } = renderExperts('/experts?role=NOT_A_ROLE&service=HOTLINE');
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ service: 'HOTLINE' }));
  });
});
