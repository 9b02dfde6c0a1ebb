import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { latvia } from '../../test/fixtures';
import { renderRoute, searchOf } from '../../test/render';
import { PlaceFilterCountriesQuery } from '../places/PlaceFilters';
import { MunicipalityCountsQuery } from './MunicipalityMap';
import { MunicipalityMap } from './MunicipalityMap';

const count = (id: string, name: string, latitude: number, longitude: number, organisations: number, experts: number | null) => ({
  __typename: 'MunicipalityCount',
  municipality: { __typename: 'Municipality', id, name, latitude, longitude, country: latvia },
  organisations,
  experts,
});

const countriesMock = { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [latvia] } } };

function countsMock(member: boolean, variables: Record<string, string> = {}) {
  return {
    request: { query: MunicipalityCountsQuery, variables },
    result: {
      data: {
        municipalityCounts: [
          count('mun-riga', 'Rīga', 56.95, 24.11, 12, member ? 30 : null),
          count('mun-liepaja', 'Liepāja', 56.51, 21.01, 1, member ? 1 : null),
        ],
      },
    },
  };
}

const directories = [
  { path: '/experts', element: <p>expert directory</p> },
  { path: '/organisations', element: <p>organisation directory</p> },
];

describe('MunicipalityMap', () => {
  it('labels markers with organisations and experts for members, and opens the expert directory there', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<MunicipalityMap member />, {
      path: '/map',
      mocks: [countriesMock, countsMock(true)],
      otherRoutes: directories,
    });
    const map = await screen.findByRole('group', { name: 'Map of the Baltic Sea Region' });
    const riga = within(map).getByRole('button', { name: 'Rīga: 12 organisations, 30 experts' });
    expect(within(map).getByRole('button', { name: 'Liepāja: 1 organisation, 1 expert' })).toBeInTheDocument();
    riga.focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/experts');
    expect(searchOf(router)).toEqual({ country: 'LV', municipality: 'mun-riga' });
  });

  it('counts organisations only for visitors, and opens the organisation directory', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<MunicipalityMap member={false} />, {
      path: '/map',
      url: '/map?country=LV',
      mocks: [countriesMock, countsMock(false, { countryCode: 'LV' })],
      otherRoutes: directories,
    });
    const list = await screen.findByRole('list', { name: 'Places on the map' });
    await user.click(within(list).getByRole('button', { name: 'Liepāja: 1 organisation' }));
    expect(router.state.location.pathname).toBe('/organisations');
    expect(searchOf(router)).toEqual({ country: 'LV', municipality: 'mun-liepaja' });
  });

  it('says so when a country has no municipalities, and offers a retry when loading fails', async () => {
    renderRoute(<MunicipalityMap member />, {
      path: '/map',
      url: '/map?country=LV',
      mocks: [
        countriesMock,
        { request: { query: MunicipalityCountsQuery, variables: { countryCode: 'LV' } }, result: { data: { municipalityCounts: [] } } },
      ],
    });
    expect(await screen.findByText('There are no municipalities to show for this country yet.')).toBeInTheDocument();
  });

  it('offers a retry when loading fails', async () => {
    renderRoute(<MunicipalityMap member />, {
      path: '/map',
      mocks: [countriesMock, { request: { query: MunicipalityCountsQuery, variables: {} }, error: new Error('offline') }],
    });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
