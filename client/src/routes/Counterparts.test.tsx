import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../features/account/useViewer';
import { CounterpartPlacesQuery, ViewerRolesQuery } from '../features/counterparts/CounterpartFinder';
import { CounterpartsQuery } from '../features/counterparts/CounterpartList';
import { PlaceFilterCountriesQuery } from '../features/places/PlaceFilters';
import { noContacts, viewerNode } from '../test/fixtures';
import { renderRoute, searchOf } from '../test/render';
import { Counterparts } from './Counterparts';

const lithuania = { __typename: 'Country', code: 'LT', name: 'Lithuania' } as const;
const klaipeda = { __typename: 'Municipality', id: 'mun-klaipeda', name: 'Klaipėda' } as const;
const vilnius = { __typename: 'Municipality', id: 'mun-vilnius', name: 'Vilnius' } as const;

type TestMunicipality = typeof klaipeda | typeof vilnius;

function place(municipality: TestMunicipality, latitude: number, longitude: number) {
  return { ...municipality, latitude, longitude, country: { __typename: 'Country', code: 'LT' } };
}

function counterpart(id: string, fullName: string, reason: string, role: string, municipality: TestMunicipality | null) {
  return {
    __typename: 'Counterpart',
    reason,
    roleAssignment: {
      __typename: 'RoleAssignment',
      id: `ra-${id}`,
      role,
      scope: { __typename: 'Scope', level: municipality ? 'LOCAL' : 'NATIONAL', country: lithuania, municipality },
    },
    expert: {
      __typename: 'Expert',
      id,
      fullName,
      title: null,
      languages: ['lt', 'en'],
      availableForConsultation: id === 'e1',
      organisation: { __typename: 'Organisation', id: `org-${id}`, name: `Organisation of ${fullName}` },
      contacts: id === 'e1' ? { ...noContacts, email: 'rasa@example.lt' } : noContacts,
    },
  };
}

function mocks(extra: MockLink.MockedResponse[]): MockLink.MockedResponse[] {
  return [
    { request: { query: ViewerQuery }, result: { data: { viewer: viewerNode() } } },
    {
      request: { query: ViewerRolesQuery },
      result: {
        data: {
          viewer: {
            __typename: 'Viewer',
            id: 'user-1',
            expert: {
              __typename: 'Expert',
              id: 'e-me',
              roles: [
                { __typename: 'RoleAssignment', id: 'ra-me', role: 'CASE_MANAGER', status: 'CURRENT' },
                // Ended: never offered as a shortcut.
                { __typename: 'RoleAssignment', id: 'ra-old', role: 'LABOUR_INSPECTOR', status: 'PAST' },
              ],
            },
          },
        },
      },
    },
    { request: { query: PlaceFilterCountriesQuery }, result: { data: { countries: [lithuania] } } },
    {
      request: { query: CounterpartPlacesQuery, variables: { countryCode: 'LT' } },
      result: { data: { municipalities: [place(klaipeda, 55.7, 21.1), place(vilnius, 54.7, 25.3)] } },
    },
    ...extra,
  ];
}

describe('counterpart finder', () => {
  it('lists ranked counterparts in a municipality, each with why and a link to the profile', async () => {
    renderRoute(<Counterparts />, {
      path: '/counterparts',
      url: '/counterparts?role=CASE_MANAGER&country=LT&municipality=mun-klaipeda',
      mocks: mocks([
        {
          request: { query: CounterpartsQuery, variables: { role: 'CASE_MANAGER', municipalityId: 'mun-klaipeda', first: 20 } },
          result: {
            data: {
              counterparts: [
                counterpart('e1', 'Rasa Petrauskienė', 'SAME_ROLE_HERE', 'CASE_MANAGER', klaipeda),
                counterpart('e2', 'Tomas Jonaitis', 'SAME_ROLE_NATIONAL', 'CASE_MANAGER', null),
                counterpart('e3', 'Ona Kazlauskienė', 'CONTACT_POINT', 'MUNICIPAL_CONTACT_POINT', klaipeda),
              ],
            },
          },
        },
      ]),
    });

    expect(await screen.findByRole('heading', { name: 'Counterparts in Klaipėda, Lithuania' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Counterparts' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByTestId('counterpart-reason').textContent)).toEqual([
      'Same role in Klaipėda',
      'Same role at national level in Lithuania',
      'Contact point',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Rasa Petrauskienė' })).toHaveAttribute('href', '/experts/e1');
    expect(within(items[0]!).getByRole('link', { name: 'Organisation of Rasa Petrauskienė' })).toBeInTheDocument();
    expect(within(items[0]!).getByText('Speaks Lithuanian, English')).toBeInTheDocument();
    expect(within(items[0]!).getByText('Available for consultation')).toBeInTheDocument();
    expect(within(items[0]!).getByRole('link', { name: 'rasa@example.lt' })).toHaveAttribute('href', 'mailto:rasa@example.lt');
    expect(within(items[2]!).getByText(/Municipal anti-trafficking contact point/)).toBeInTheDocument();
  });

  it("offers the viewer's own roles and searches the whole country without a municipality", async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(<Counterparts />, {
      path: '/counterparts',
      url: '/counterparts?country=LT',
      mocks: mocks([
        {
          request: { query: CounterpartsQuery, variables: { role: 'CASE_MANAGER', countryCode: 'LT', first: 20 } },
          result: {
            data: {
              counterparts: [
                counterpart('e2', 'Tomas Jonaitis', 'SAME_ROLE_HERE', 'CASE_MANAGER', null),
                counterpart('e4', 'Jonas Vaitkus', 'SAME_ROLE_IN_MUNICIPALITY', 'CASE_MANAGER', vilnius),
              ],
            },
          },
        },
      ]),
    });

    expect(await screen.findByText('Choose a role and a place to see your counterparts there.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Case manager' }));
    expect(screen.queryByRole('button', { name: 'Labour inspector' })).not.toBeInTheDocument();
    expect(searchOf(router)).toEqual({ country: 'LT', role: 'CASE_MANAGER' });

    expect(await screen.findByRole('heading', { name: 'Counterparts in Lithuania' })).toBeInTheDocument();
    const reasons = await screen.findAllByTestId('counterpart-reason');
    expect(reasons.map((badge) => badge.textContent)).toEqual(['Same role at national level in Lithuania', 'Same role in Vilnius']);
  });

  it('asks a signed-out visitor to sign in', async () => {
    renderRoute(<Counterparts />, {
      path: '/counterparts',
      mocks: [{ request: { query: ViewerQuery }, result: { data: { viewer: null } } }],
    });
    expect(await screen.findByText(/Sign in to find your counterparts/)).toBeInTheDocument();
  });
});
