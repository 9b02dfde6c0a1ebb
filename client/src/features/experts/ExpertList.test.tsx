import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { connection, expertNode } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import { ExpertDirectoryQuery, ExpertList } from './ExpertList';

const filter = { countryCode: 'LV' };
const firstPage = { filter, first: 20 };

function renderList(mocks: readonly MockLink.MockedResponse[], onClear = vi.fn<() => void>()) {
  const view = renderRoute(<ExpertList filter={filter} filtersActive onClearFilters={onClear} />, { mocks });
  return { ...view, onClear };
}

describe('ExpertList', () => {
  it('shows a loading state, then the experts with links to their profiles', async () => {
    renderList([
      {
        request: { query: ExpertDirectoryQuery, variables: firstPage },
        result: { data: { experts: connection('Expert', [expertNode('e1', 'Anna Ozola')]) } },
        delay: 20,
      },
    ]);

    expect(screen.getByTestId('loading')).toHaveAttribute('aria-busy', 'true');
    const link = await screen.findByRole('link', { name: 'Anna Ozola' });
    expect(link).toHaveAttribute('href', '/experts/e1');
    expect(screen.getByRole('link', { name: 'Organisation of Anna Ozola' })).toHaveAttribute('href', '/organisations/org-e1');
    expect(screen.getByText(/Liepāja, Latvia/)).toBeInTheDocument();
    expect(screen.getByText('Case manager')).toBeInTheDocument();
    expect(screen.getByText('Speaks Latvian, English')).toBeInTheDocument();
    expect(screen.queryByTestId('loading')).not.toBeInTheDocument();
  });

  it('loads the next page with the end cursor and appends it', async () => {
    const user = userEvent.setup();
    renderList([
      {
        request: { query: ExpertDirectoryQuery, variables: firstPage },
        result: {
          data: {
            experts: connection('Expert', [expertNode('e1', 'Anna Ozola'), expertNode('e2', 'Jānis Bērziņš')], {
              totalCount: 3,
              hasNextPage: true,
            }),
          },
        },
      },
      {
        request: { query: ExpertDirectoryQuery, variables: { ...firstPage, after: 'cursor-e2' } },
        result: {
          data: { experts: connection('Expert', [expertNode('e3', 'Līga Kalniņa')], { totalCount: 3 }) },
        },
      },
    ]);

    expect(await screen.findByText('Showing 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Showing 3 of 3')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Experts' });
    const names = within(list)
      .getAllByRole('heading')
      .map((heading) => heading.textContent);
    expect(names).toEqual(['Anna Ozola', 'Jānis Bērziņš', 'Līga Kalniņa']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    // The button is gone: focus continues at the first new result instead of falling to <body>.
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Līga Kalniņa'));
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { onClear } = renderList([
      {
        request: { query: ExpertDirectoryQuery, variables: firstPage },
        result: { data: { experts: connection('Expert', []) } },
      },
    ]);

    expect(await screen.findByText('No experts match these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Experts' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it('shows an error with a retry that loads the list again', async () => {
    const user = userEvent.setup();
    renderList([
      {
        request: { query: ExpertDirectoryQuery, variables: firstPage },
        result: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      },
      {
        request: { query: ExpertDirectoryQuery, variables: firstPage },
        result: { data: { experts: connection('Expert', [expertNode('e1', 'Anna Ozola')]) } },
      },
    ]);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText(/Something went wrong while loading/)).toBeInTheDocument();
    await user.click(retry);
    expect(await screen.findByRole('link', { name: 'Anna Ozola' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
