import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ExpertDirectoryQuery } from '../features/experts/ExpertList';
import { PlaceFilterCountriesQuery, PlaceFilterMunicipalitiesQuery } from '../features/places/PlaceFilters';
import { ViewerQuery } from '../features/account/useViewer';
import { ExpertFacetsQuery } from '../features/facets/facetQueries';
import { DirectoryActivityCursorQuery, DirectoryActivitySubscription } from '../features/directory/useLiveDirectory';
import { expertFacets, silentSubscription } from '../test/facets';
import { connection, estonia, expertNode, latvia, liepaja, riga, viewerNode } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { phoneViewport } from '../test/viewport';
import { Experts } from './Experts';

function directoryMocks(facets = expertFacets()) {
  const requestedFilters: unknown[] = [];
  const facetFilters: unknown[] = [];
  const mocks: MockLink.MockedResponse[] = [
    silentSubscription(DirectoryActivitySubscription),
    {
      request: { query: DirectoryActivityCursorQuery },
      result: {
        data: {
          networkActivity: {
            __typename: 'NetworkActivityConnection',
            edges: [{ __typename: 'NetworkActivityEdge', cursor: 'cursor-0', node: { __typename: 'NetworkActivity', id: 'activity-0' } }],
          },
        },
      },
    },
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
      request: { query: ExpertFacetsQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (variables) => {
        facetFilters.push(variables['filter']);
        return { data: { expertFacets: facets } };
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
  return { mocks, requestedFilters, facetFilters };
}

// The directory is for members: it shows once the (mocked) viewer is known to be signed in.
async function renderExperts(url = '/experts', facets = expertFacets()) {
  const { mocks, requestedFilters, facetFilters } = directoryMocks(facets);
  const view = renderRoute(<Experts />, { mocks, path: '/experts', url });
  await screen.findByRole('combobox', { name: 'Country' });
  return { ...view, requestedFilters, facetFilters };
}

describe('expert directory filters', () => {
  it('enables the municipality only once a country is chosen, and writes both to the URL', async () => {
    const user = userEvent.setup();
    const { router, requestedFilters } = await renderExperts();
    const country = screen.getByRole('combobox', { name: 'Country' });
    const municipality = screen.getByRole('combobox', { name: /^Municipality/ });

    expect(municipality).toBeDisabled();
    expect(screen.getByText('Choose a country first')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Latvia (1)' });

    await user.selectOptions(country, 'LV');
    expect(searchOf(router)).toEqual({ country: 'LV' });
    await waitFor(() => expect(municipality).toBeEnabled());
    // Options come from municipalities(countryCode: "LV"), sorted by name, with their counts.
    expect(
      within(municipality)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All municipalities', 'Liepāja (1)', 'Riga (1)']);

    await user.selectOptions(municipality, 'mun-liepaja');
    expect(searchOf(router)).toEqual({ country: 'LV', municipality: 'mun-liepaja' });
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ countryCode: 'LV', municipalityId: 'mun-liepaja' }));
  });

  it('drops the municipality when the country changes', async () => {
    const user = userEvent.setup();
    const { router } = await renderExperts('/experts?country=LV&municipality=mun-liepaja&role=CASE_MANAGER');
    await screen.findByRole('option', { name: 'Estonia (1)' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'EE');

    expect(searchOf(router)).toEqual({ country: 'EE', role: 'CASE_MANAGER' });
    expect(await screen.findByRole('option', { name: 'Tartu (1)' })).toBeInTheDocument();
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

  it('folds the filters behind "Filters (n)" on a phone, with the active ones as removable chips', async () => {
    const user = userEvent.setup();
    phoneViewport();
    const { router } = await renderExperts('/experts?country=LV&municipality=mun-liepaja&language=lv');
    const toggle = await screen.findByRole('button', { name: 'Filters (3)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toHaveAttribute('data-open', 'false');
    await screen.findByText('Municipality: Liepāja');
    expect(screen.getByText('Country: Latvia')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove filter Country: Latvia' }));
    expect(searchOf(router)).toEqual({ language: 'lv' });
    expect(await screen.findByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Filters (1)' }));
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByText(/^Language:/)).not.toBeInTheDocument();
  });

  it('ignores values in the URL that are not in the vocabulary', async () => {
    const { requestedFilters } = await renderExperts('/experts?role=NOT_A_ROLE&service=HOTLINE');
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ service: 'HOTLINE' }));
  });
});

describe('expert directory facets', () => {
  it('shows counts next to the options, disables the empty ones and keeps the chosen one', async () => {
    const user = userEvent.setup();
    const facets = expertFacets({ roles: { CASE_MANAGER: 12, INVESTIGATOR: 3 }, availableForConsultation: 4 });
    const { router, requestedFilters, facetFilters } = await renderExperts('/experts?role=PROSECUTOR', facets);
    const role = screen.getByRole('combobox', { name: 'Role' });

    expect(await within(role).findByRole('option', { name: 'Case manager (12)' })).toBeEnabled();
    expect(within(role).getByRole('option', { name: 'Investigator (3)' })).toBeEnabled();
    expect(within(role).getByRole('option', { name: 'Labour inspector (0)' })).toBeDisabled();
    // Nobody holds the chosen role under the other filters: it stays visible, and can be changed.
    expect(within(role).getByRole('option', { name: 'Prosecutor (0)' })).toBeEnabled();
    expect(role).toHaveValue('PROSECUTOR');
    // The counts are asked for with the list's filter, alongside it.
    expect(facetFilters.at(-1)).toEqual({ role: 'PROSECUTOR' });

    const available = screen.getByRole('checkbox', { name: 'Available for consultation (4)' });
    await user.click(available);
    expect(searchOf(router)).toEqual({ role: 'PROSECUTOR', available: 'true' });
    // List and counts are separate queries: neither is guaranteed to be sent first.
    await waitFor(() => expect(requestedFilters.at(-1)).toEqual({ role: 'PROSECUTOR', availableForConsultation: true }));
    await waitFor(() => expect(facetFilters.at(-1)).toEqual({ role: 'PROSECUTOR', availableForConsultation: true }));
  });

  it('leaves out municipalities without results, except the chosen one', async () => {
    await renderExperts('/experts?country=LV&municipality=mun-riga', expertFacets({ municipalities: { 'mun-liepaja': 5 } }));
    const municipality = screen.getByRole('combobox', { name: /^Municipality/ });
    await waitFor(() =>
      expect(
        within(municipality)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['All municipalities', 'Liepāja (5)', 'Riga (0)']),
    );
  });
});

describe('live expert directory', () => {
  it('updates a changed row in place and refreshes only the counts', async () => {
    const { mocks, requestedFilters, facetFilters } = directoryMocks();
    const event = {
      __typename: 'NetworkActivity',
      id: 'activity-1',
      kind: 'PROFILE_UPDATED',
      expert: expertNode('e1', 'Anna Ozola-Kalniņa'),
      organisation: null,
    };
    const live = mocks.map((mock) =>
      mock.request.query === DirectoryActivitySubscription
        ? {
            request: { query: DirectoryActivitySubscription, variables: { after: 'cursor-0' } },
            result: { data: { networkActivity: { __typename: 'NetworkActivityEdge', cursor: 'cursor-1', node: event } } },
            delay: 100,
          }
        : mock,
    );
    renderRoute(<Experts />, { mocks: live, path: '/experts' });

    // The list renders deferred: on a busy machine the event can land before its first version is painted, so
    // only the outcome is asserted. The row shows the event's name although the list was asked for once (its
    // answer has the old name); the counts were asked for once on load and once after the event.
    expect(await screen.findByRole('link', { name: 'Anna Ozola-Kalniņa' })).toHaveAttribute('href', '/experts/e1');
    await waitFor(() => expect(facetFilters).toHaveLength(2));
    expect(requestedFilters).toHaveLength(1);
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
