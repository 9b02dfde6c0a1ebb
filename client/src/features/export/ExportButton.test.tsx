import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render';
import { ExportButton, StartExpertExportMutation } from './ExportButton';

const filter = { countryCode: 'LV', role: 'CASE_MANAGER' as const };

afterEach(() => vi.restoreAllMocks());

describe('ExportButton', () => {
  it('starts an export of the current filter and downloads the returned link', async () => {
    const user = userEvent.setup();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.getAttribute('href') ?? '');
    });
    renderRoute(<ExportButton filter={filter} />, {
      mocks: [
        {
          request: { query: StartExpertExportMutation, variables: { filter } },
          result: {
            data: {
              startExpertExport: { __typename: 'ExpertExport', url: '/export/experts/token-1.csv', expiresAt: '2026-11-24T10:01:00Z' },
            },
          },
          // Long enough that a slow, loaded machine still sees the busy state before the answer arrives.
          delay: 1_000,
        },
      ],
    });

    const button = await screen.findByRole('button', { name: 'Export CSV' });
    await user.click(button);
    // Busy while the link is being made.
    await waitFor(() => expect(button).toHaveAttribute('data-loading', 'true'));
    await waitFor(() => expect(clicked).toEqual(['/export/experts/token-1.csv']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says clearly when the export could not start', async () => {
    const user = userEvent.setup();
    renderRoute(<ExportButton filter={filter} />, {
      mocks: [
        {
          request: { query: StartExpertExportMutation, variables: { filter } },
          result: { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The export could not be started. Try again in a moment.');
  });
});
