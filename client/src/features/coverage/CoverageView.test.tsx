import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { estonia, latvia } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { CoverageView } from './CoverageView';
import { CoverageQuery } from './useCoverage';

const municipality = (id: string, name: string, latitude: number, longitude: number, country: typeof latvia) => ({
  __typename: 'Municipality',
  id,
  name,
  latitude,
  longitude,
  country,
});

const coverage = {
  __typename: 'Coverage',
  countries: [
    {
      __typename: 'CountryCoverage',
      country: latvia,
      withContactPoint: 1,
      membersOnly: 1,
      nobody: 0,
      serviceGaps: [
        { __typename: 'ServiceGap', service: 'SAFE_ACCOMMODATION', targetGroup: 'ADULT_MEN' },
        { __typename: 'ServiceGap', service: 'HOTLINE', targetGroup: null },
      ],
    },
    { __typename: 'CountryCoverage', country: estonia, withContactPoint: 0, membersOnly: 0, nobody: 1, serviceGaps: [] },
  ],
  municipalities: [
    {
      __typename: 'MunicipalityCoverage',
      municipality: municipality('m1', 'Rīga', 56.95, 24.11, latvia),
      status: 'CONTACT_POINT',
      experts: 5,
      organisations: 2,
      recentlyConfirmedExperts: 3,
      recentlyConfirmedOrganisations: 2,
    },
    {
      __typename: 'MunicipalityCoverage',
      municipality: municipality('m2', 'Liepāja', 56.51, 21.01, latvia),
      status: 'MEMBERS_ONLY',
      experts: 1,
      organisations: 0,
      recentlyConfirmedExperts: 0,
      recentlyConfirmedOrganisations: 0,
    },
    {
      __typename: 'MunicipalityCoverage',
      municipality: municipality('m3', 'Tartu', 58.38, 26.72, estonia),
      status: 'NOBODY',
      experts: 0,
      organisations: 0,
      recentlyConfirmedExperts: 0,
      recentlyConfirmedOrganisations: 0,
    },
  ],
};

const places = () => within(screen.getByRole('list', { name: 'Places on the map' })).getAllByRole('button');

describe('CoverageView', () => {
  it('shows per-country counts, service gaps and the municipalities by status', async () => {
    const user = userEvent.setup();
    renderRoute(<CoverageView />, { path: '/coverage', mocks: [{ request: { query: CoverageQuery }, result: { data: { coverage } } }] });
    const table = await screen.findByRole('table', { name: 'Municipalities by coverage, per country' });
    const latviaRow = within(table).getByRole('row', { name: /Latvia/ });
    expect(
      within(latviaRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '1', '0', '2']);

    const freshness = screen.getByRole('table', { name: 'Directory entries confirmed within the last year, per country' });
    const cells = (country: RegExp) =>
      within(within(freshness).getByRole('row', { name: country }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    // Rīga and Liepāja summed: 2 of 2 organisations confirmed, 3 of 6 experts.
    expect(cells(/Latvia/)).toEqual(['2', '0', '3', '3']);
    expect(cells(/Estonia/)).toEqual(['0', '0', '0', '0']);

    const gaps = screen.getByRole('list', { name: 'Services missing in Latvia' });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/: not for Adult men$/), expect.stringMatching(/^Hotline: not offered$/)]);

    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Contact point', 'Members, no contact point', 'Nobody yet']);

    expect(places()).toHaveLength(3);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Coverage' }), 'NOBODY');
    expect(places().map((b) => b.textContent)).toEqual(['Tartu: Nobody yet, 0 experts, 0 organisations']);

    const map = screen.getByRole('group', { name: 'Coverage map of the Baltic Sea Region' });
    await user.click(within(map).getByRole('button', { name: /^Tartu/ }));
    expect(screen.getByText(/^Selected: Tartu/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Experts in Tartu' })).toHaveAttribute('href', '/experts?country=EE&municipality=m3');
  });

  it('tells a member without access plainly', async () => {
    renderRoute(<CoverageView />, {
      path: '/coverage',
      mocks: [{ request: { query: CoverageQuery }, result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } }],
    });
    expect(await screen.findByText(/The coverage view is for coordinators/)).toBeInTheDocument();
  });
});
