import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render';
import { NetworkStats, NetworkStatsQuery } from './NetworkStats';

describe('NetworkStats', () => {
  it('counts the STROM countries and says what the other listed countries are', async () => {
    renderRoute(<NetworkStats />, {
      mocks: [
        {
          request: { query: NetworkStatsQuery },
          result: {
            data: {
              networkStats: {
                __typename: 'NetworkStats',
                countries: 10,
                otherCountries: ['Iceland'],
                municipalities: 64,
                organisations: 278,
                experts: null,
              },
            },
          },
        },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('stat-countries')).toHaveTextContent('10'));
    expect(screen.getByText('STROM countries')).toBeInTheDocument();
    expect(
      screen.getByText('The directory also lists Iceland, a member of the Council of the Baltic Sea States outside the STROM projects.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('stat-experts')).not.toBeInTheDocument();
  });
});
